import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { BELT_KIND, colours, type BeltKind } from '../../domain/vocabulary';
import { colorBy, lineWidth, metadata, pointLabel, visibility, type StyleBuilder } from '../types';

const AREA_KINDS: BeltKind[] = ['tourism_core', 'tourism_zone'];
const LINE_KINDS = (Object.keys(BELT_KIND) as BeltKind[]).filter((k) => !AREA_KINDS.includes(k));
const BELT_COLORS = colours(BELT_KIND);

const kindColor = (kinds: BeltKind[]) => colorBy('belt_kind', Object.fromEntries(kinds.map((k) => [k, BELT_COLORS[k]])));
const labels = (kinds: BeltKind[]) => Object.fromEntries(kinds.map((k) => [k, { zh: BELT_KIND[k].zh, en: BELT_KIND[k].en }]));
const isArea: ExpressionSpecification = ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]];

/** Belt lines drawn wide and soft (a corridor, not a road); belt areas as a tint with a dashed edge. */
export const belts: StyleBuilder = (ctx) => {
  const id = ctx.entry.id;
  return [
    {
      id: `${id}:area`,
      type: 'fill',
      source: ctx.sourceId,
      filter: isArea,
      metadata: metadata(ctx, { 'wz:labels': labels(AREA_KINDS) }),
      layout: { visibility: visibility(ctx) },
      paint: { 'fill-color': kindColor(AREA_KINDS), 'fill-opacity': 0.15 * ctx.opacity },
    },
    {
      id: `${id}:area-edge`,
      type: 'line',
      source: ctx.sourceId,
      filter: isArea,
      metadata: metadata(ctx, { 'wz:legend-skip': true }),
      layout: { visibility: visibility(ctx) },
      paint: { 'line-color': kindColor(AREA_KINDS), 'line-width': 2 * ctx.theme.lineScale, 'line-dasharray': [2, 2], 'line-opacity': ctx.opacity },
    },
    {
      id: `${id}:corridor`,
      type: 'line',
      source: ctx.sourceId,
      filter: ['!', isArea],
      metadata: metadata(ctx, { 'wz:labels': labels(LINE_KINDS) }),
      layout: { visibility: visibility(ctx), 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': kindColor(LINE_KINDS), 'line-width': lineWidth(ctx, 7, 8, 12, 22), 'line-opacity': 0.45 * ctx.opacity, 'line-blur': 2 },
    },
    pointLabel(ctx, { minzoom: 9, color: '#5f3dc4', maxWidth: 9 }),
  ] as LayerSpecification[];
};

/** Industry platforms: purple dots; their sites are inferred, which the legend says. */
export const platforms: StyleBuilder = (ctx) => {
  const id = ctx.entry.id;
  return [
    {
      id: `${id}:circle`,
      type: 'circle',
      source: ctx.sourceId,
      metadata: metadata(ctx, { 'wz:legend': { zh: '产业平台（位置为推断或示意）', en: 'Industry platform (location inferred or schematic)' } }),
      layout: { visibility: visibility(ctx) },
      paint: {
        'circle-color': '#5f3dc4',
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 7, 4, 12, 9],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
        'circle-opacity': 0.9 * ctx.opacity,
        'circle-stroke-opacity': ctx.opacity,
      },
    },
    pointLabel(ctx, { minzoom: 9, color: '#5f3dc4', maxWidth: 9 }),
  ] as LayerSpecification[];
};
