import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { CatalogLayer } from '../data/schemas';
import type { Lang } from './theme';

/** What a style builder needs to know about one catalog layer at this moment. */
export interface LayerContext {
  entry: CatalogLayer;
  sourceId: string;
  /** A point source with one label point per polygon (see labelPoints.ts), for area layers. */
  labelSourceId: string;
  visible: boolean;
  opacity: number;
  lang: Lang;
  /** The user's filter for this layer; applied to every part of it (see registry.ts). */
  filter?: ExpressionSpecification;
  /** For choropleths: the property to colour by and the class breaks. */
  choropleth?: { metric: string; breaks: readonly number[]; unit: { zh: string; en: string } };
}

/** A pure function from a layer's context to the MapLibre layers that draw it. */
export type StyleBuilder = (ctx: LayerContext) => LayerSpecification[];

/** Stored in each generated layer's `metadata`, so the map and the legend can find their owner. */
export interface LayerMetadata {
  'wz:layer': string;
  'wz:interactive': boolean;
  /** A legend label for this part, when it needs one beyond the layer title. */
  'wz:legend'?: { zh: string; en: string };
  /** Labels for the values of a `match` colour expression. */
  'wz:labels'?: Record<string, { zh: string; en: string }>;
  /** Unit appended to `step` class bounds in the legend. */
  'wz:unit'?: string;
  /** Parts that only decorate (labels, halos) stay out of the legend. */
  'wz:legend-skip'?: boolean;
}

export const labelField = (lang: Lang): ExpressionSpecification => ['coalesce', ['get', lang === 'zh' ? 'name_zh' : 'name_en'], ['get', 'name_zh']];

export function metadata(ctx: LayerContext, extra: Partial<LayerMetadata> = {}): LayerMetadata {
  return { 'wz:layer': ctx.entry.id, 'wz:interactive': ctx.entry.interactive, ...extra };
}

export const visibility = (ctx: LayerContext) => (ctx.visible ? 'visible' : 'none') as 'visible' | 'none';
