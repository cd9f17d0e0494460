import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { theme } from '../theme';
import { colorBy, labelField, metadata, pointLabel, visibility, type StyleBuilder } from '../types';

/** The seeds describe belts in words only, so every belt is schematic and the legend says so. */
const BELTS: Record<string, { color: string; zh: string; en: string }> = {
  gold: { color: '#e0a800', zh: '金色中轴城市带（示意）', en: 'Golden central urban belt (schematic)' },
  blue: { color: '#1c7ed6', zh: '蓝色东部产业带（示意）', en: 'Blue eastern industry belt (schematic)' },
  green: { color: '#37b24d', zh: '绿色西部生态带（示意）', en: 'Green western ecological belt (schematic)' },
  tourism_core: { color: '#e64980', zh: '旅游核心区（示意）', en: 'Tourism core (schematic)' },
  tourism_belt: { color: '#f76707', zh: '旅游带（示意）', en: 'Tourism belt (schematic)' },
  tourism_zone: { color: '#ae3ec9', zh: '旅游片区（示意）', en: 'Tourism zone (schematic)' },
  culture_belt: { color: '#845ef7', zh: '诗路文化带（示意）', en: 'Poetry-road culture belt (schematic)' },
  culture_tourism_belt: { color: '#d6336c', zh: '文旅融合产业带（示意）', en: 'Culture-tourism belt (schematic)' },
  innovation_corridor: { color: '#0ca678', zh: '科创走廊（示意）', en: 'Innovation corridor (schematic)' },
};

const kindColor = (kinds: string[]) => colorBy('belt_kind', Object.fromEntries(kinds.map((k) => [k, BELTS[k]!.color])));

const labels = (kinds: string[]) => Object.fromEntries(kinds.map((k) => [k, { zh: BELTS[k]!.zh, en: BELTS[k]!.en }]));

const AREA_KINDS = ['tourism_core', 'tourism_zone'];
const LINE_KINDS = Object.keys(BELTS).filter((k) => !AREA_KINDS.includes(k));
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
      paint: { 'line-color': kindColor(AREA_KINDS), 'line-width': 2, 'line-dasharray': [2, 2], 'line-opacity': ctx.opacity },
    },
    {
      id: `${id}:corridor`,
      type: 'line',
      source: ctx.sourceId,
      filter: ['!', isArea],
      metadata: metadata(ctx, { 'wz:labels': labels(LINE_KINDS) }),
      layout: { visibility: visibility(ctx), 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': kindColor(LINE_KINDS), 'line-width': ['interpolate', ['linear'], ['zoom'], 7, 8, 12, 22], 'line-opacity': 0.45 * ctx.opacity, 'line-blur': 2 },
    },
    pointLabel(ctx, { minzoom: 9, color: '#5f3dc4', maxWidth: 9 }),
  ] as LayerSpecification[];
};

/** Industry platforms: purple squares-in-circle; their sites are inferred, which the legend says. */
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
    {
      id: `${id}:label`,
      type: 'symbol',
      source: ctx.sourceId,
      minzoom: 9,
      metadata: metadata(ctx, { 'wz:legend-skip': true }),
      layout: {
        visibility: visibility(ctx),
        'text-field': labelField(ctx.lang),
        'text-font': [...theme.font],
        'text-size': 11,
        'text-offset': [0, 1],
        'text-anchor': 'top',
        'text-optional': true,
        'text-max-width': 9,
      },
      paint: { 'text-color': '#5f3dc4', 'text-halo-color': theme.labelHalo, 'text-halo-width': 1.5, 'text-opacity': ctx.opacity },
    },
  ] as LayerSpecification[];
};
