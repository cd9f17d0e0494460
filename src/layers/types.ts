import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { CatalogLayer } from '../data/schemas';
import type { Term } from '../domain/vocabulary';
import type { Lang, Theme } from './theme';

/** What a style builder needs to know about one catalog layer at this moment. */
export interface LayerContext {
  entry: CatalogLayer;
  sourceId: string;
  /** A point source with one label point per polygon (see labelPoints.ts), for area layers. */
  labelSourceId: string;
  /** Point layers that group stacked features: the badges of the stacks (see stacks.ts). */
  stackSourceId: string;
  visible: boolean;
  opacity: number;
  lang: Lang;
  theme: Theme;
  /** The user's filter for this layer; applied to every part of it (see registry.ts). */
  filter?: ExpressionSpecification;
  /** For choropleths: the property to colour by and the class breaks. */
  choropleth?: { metric: string; breaks: readonly number[]; unit: Term };
  /** For stacked points: how many slots the largest stack has (one drawn layer per slot). */
  stackSlots?: number;
}

/** The data of one map source and its credit line. */
export interface SourceInput {
  data: GeoJSON.FeatureCollection;
  attribution?: string;
}

/** One feature's value for a feature-state key (selected, highlight, a stack's count…). */
export interface StateEntry {
  source: string;
  id: string | number;
  value: unknown;
}

/** Circles sized by a number: sample values and the radius (px) the map draws them with at `zoom`. */
export interface SizeLegend {
  property: string;
  unit: Term;
  zoom: number;
  samples: { value: number; radius: number }[];
  /** The radius of features that state no value. */
  unstated: number;
}

/** A pure function from a layer's context to the MapLibre layers that draw it. */
export type StyleBuilder = (ctx: LayerContext) => LayerSpecification[];

/** Stored in each generated layer's `metadata`, so the map and the legend can find their owner. */
export interface LayerMetadata {
  'wz:layer': string;
  'wz:interactive': boolean;
  /** A legend label for this part, when it needs one beyond the layer title. */
  'wz:legend'?: Term;
  /** Labels for the values of a `match` colour expression. */
  'wz:labels'?: Record<string, Term>;
  /** Unit appended to `step` class bounds in the legend. */
  'wz:unit'?: string;
  /** Parts that only decorate (labels, halos, extra slots) stay out of the legend. */
  'wz:legend-skip'?: boolean;
  /** Labels with a higher rank win collisions (placed first): choropleth values 3, county names 2, stacked projects' names 1, others 0. */
  'wz:label-rank'?: number;
  /** Parts drawn from a derived source (stack badges) that the user's filter must not touch. */
  'wz:unfiltered'?: boolean;
  /** For circles sized by a number: the property, its unit and sample values for a size legend. */
  'wz:size'?: SizeLegend;
}

export const labelField = (lang: Lang): ExpressionSpecification => ['coalesce', ['get', lang === 'zh' ? 'name_zh' : 'name_en'], ['get', 'name_zh']];

/** A colour per value of one property (a `match` expression), grey for anything else. */
export function colorBy(property: ExpressionSpecification | string, colors: Record<string, string>, fallback = '#868e96'): ExpressionSpecification {
  const input = typeof property === 'string' ? ['get', property] : property;
  return ['match', input, ...Object.entries(colors).flat(), fallback] as unknown as ExpressionSpecification;
}

/** Legend labels for a vocabulary table (code → zh/en), optionally with a suffix on each. */
export function termLabels(table: Record<string, Term>, suffix?: Term): Record<string, Term> {
  return Object.fromEntries(Object.entries(table).map(([k, v]) => [k, suffix ? { zh: `${v.zh}${suffix.zh}`, en: `${v.en}${suffix.en}` } : { zh: v.zh, en: v.en }]));
}

export function metadata(ctx: LayerContext, extra: Partial<LayerMetadata> = {}): LayerMetadata {
  return { 'wz:layer': ctx.entry.id, 'wz:interactive': ctx.entry.interactive, ...extra };
}

export const visibility = (ctx: LayerContext) => (ctx.visible ? 'visible' : 'none') as 'visible' | 'none';

/** A text size in the theme's scale, never below its minimum. */
export const textSize = (ctx: LayerContext, px: number) => Math.max(ctx.theme.minTextPx, Math.round(px * ctx.theme.textScale * 10) / 10);

/** Text sizes interpolated by zoom, in the theme's scale: `zoomed(ctx, 7, 12, 11, 18)`. */
export function zoomed(ctx: LayerContext, z0: number, px0: number, z1: number, px1: number): ExpressionSpecification {
  return ['interpolate', ['linear'], ['zoom'], z0, textSize(ctx, px0), z1, textSize(ctx, px1)];
}

/** A line width interpolated by zoom, in the theme's scale. */
export function lineWidth(ctx: LayerContext, z0: number, w0: number, z1: number, w1: number): ExpressionSpecification {
  const s = ctx.theme.lineScale;
  return ['interpolate', ['linear'], ['zoom'], z0, w0 * s, z1, w1 * s];
}

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
  /** A suffix for the layer id, when a builder has several labels. */
  idSuffix?: string;
}

/** The name beside a point symbol, in the current language, dropped first when labels collide. */
export function pointLabel(ctx: LayerContext, o: PointLabelOptions): LayerSpecification {
  const offset = o.offset ?? 1;
  return {
    id: `${ctx.entry.id}:label${o.idSuffix ?? ''}`,
    type: 'symbol',
    source: ctx.sourceId,
    ...(o.minzoom !== undefined ? { minzoom: o.minzoom } : {}),
    ...(o.filter ? { filter: o.filter } : {}),
    metadata: metadata(ctx, { 'wz:legend-skip': true }),
    layout: {
      visibility: visibility(ctx),
      'text-field': o.field ?? labelField(ctx.lang),
      'text-font': [...ctx.theme.font],
      'text-size': typeof o.size === 'number' || o.size === undefined ? textSize(ctx, o.size ?? 11) : o.size,
      'text-offset': [0, o.above ? -offset : offset],
      'text-anchor': o.above ? 'bottom' : 'top',
      'text-optional': true,
      ...(o.maxWidth ? { 'text-max-width': o.maxWidth } : {}),
    },
    paint: { 'text-color': o.color, 'text-halo-color': ctx.theme.labelHalo, 'text-halo-width': 1.5, 'text-opacity': ctx.opacity },
  } as LayerSpecification;
}
