import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { CatalogLayer } from '../data/schemas';
import { theme, type Lang } from './theme';

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

/** A colour per value of one property (a `match` expression), grey for anything else. */
export function colorBy(property: ExpressionSpecification | string, colors: Record<string, string>, fallback = '#868e96'): ExpressionSpecification {
  const input = typeof property === 'string' ? ['get', property] : property;
  return ['match', input, ...Object.entries(colors).flat(), fallback] as unknown as ExpressionSpecification;
}

export function metadata(ctx: LayerContext, extra: Partial<LayerMetadata> = {}): LayerMetadata {
  return { 'wz:layer': ctx.entry.id, 'wz:interactive': ctx.entry.interactive, ...extra };
}

export const visibility = (ctx: LayerContext) => (ctx.visible ? 'visible' : 'none') as 'visible' | 'none';

export interface PointLabelOptions {
  color: string | ExpressionSpecification;
  size?: number | ExpressionSpecification;
  minzoom?: number;
  filter?: ExpressionSpecification;
  field?: ExpressionSpecification;
  /** Below the point (the default) or above it. */
  above?: boolean;
  offset?: number;
  maxWidth?: number;
}

/** The name beside a point symbol, in the current language, dropped first when labels collide. */
export function pointLabel(ctx: LayerContext, o: PointLabelOptions): LayerSpecification {
  const offset = o.offset ?? 1;
  return {
    id: `${ctx.entry.id}:label`,
    type: 'symbol',
    source: ctx.sourceId,
    ...(o.minzoom !== undefined ? { minzoom: o.minzoom } : {}),
    ...(o.filter ? { filter: o.filter } : {}),
    metadata: metadata(ctx, { 'wz:legend-skip': true }),
    layout: {
      visibility: visibility(ctx),
      'text-field': o.field ?? labelField(ctx.lang),
      'text-font': [...theme.font],
      'text-size': o.size ?? 11,
      'text-offset': [0, o.above ? -offset : offset],
      'text-anchor': o.above ? 'bottom' : 'top',
      'text-optional': true,
      ...(o.maxWidth ? { 'text-max-width': o.maxWidth } : {}),
    },
    paint: { 'text-color': o.color, 'text-halo-color': theme.labelHalo, 'text-halo-width': 1.5, 'text-opacity': ctx.opacity },
  } as LayerSpecification;
}
