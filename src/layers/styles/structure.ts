import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { theme } from '../theme';
import { colorBy, labelField, metadata, pointLabel, visibility, type StyleBuilder } from '../types';

/** 一主一副两极多节点: one colour per tier, used by zones, members and nodes alike. */
export const ZONE_COLORS = { main: '#d9480f', sub: '#7048e8', pole: '#2b8a3e', node: '#0c8599' } as const;

export const ZONE_LABELS = {
  main: { zh: '都市区主中心', en: 'Main centre' },
  sub: { zh: '南部副中心', en: 'Southern sub-centre' },
  pole: { zh: '西部发展极', en: 'Western growth pole' },
  node: { zh: '城镇化节点', en: 'Urbanisation node' },
};

/** Colour by tier; features with no `zone` (node towns) count as `fallback`. */
const zoneColor = (fallback: keyof typeof ZONE_COLORS, tiers: (keyof typeof ZONE_COLORS)[]): ExpressionSpecification =>
  colorBy(['coalesce', ['get', 'zone'], fallback], Object.fromEntries(tiers.map((t) => [t, ZONE_COLORS[t]])));

/** Zone polygons: a light tint and a bold outline, so the counties beneath stay readable. */
export const structureZones: StyleBuilder = (ctx) => {
  const id = ctx.entry.id;
  const labels = { main: ZONE_LABELS.main, sub: ZONE_LABELS.sub, pole: { zh: '西部发展极所在县（县城为极）', en: 'County of a growth pole (the pole is its town)' } };
  const color = zoneColor('main', ['main', 'sub', 'pole']);
  return [
    {
      id: `${id}:fill`,
      type: 'fill',
      source: ctx.sourceId,
      metadata: metadata(ctx, { 'wz:labels': labels }),
      layout: { visibility: visibility(ctx) },
      paint: {
        'fill-color': color,
        'fill-opacity': 0.18 * ctx.opacity,
      },
    },
    {
      id: `${id}:outline`,
      type: 'line',
      source: ctx.sourceId,
      metadata: metadata(ctx, { 'wz:legend-skip': true }),
      layout: { visibility: visibility(ctx), 'line-join': 'round' },
      paint: {
        'line-color': color,
        'line-width': ['interpolate', ['linear'], ['zoom'], 7, 2, 12, 4],
        'line-opacity': 0.9 * ctx.opacity,
      },
    },
  ] as LayerSpecification[];
};

/**
 * Members (county seats, functional areas, pole towns) and node towns: dots by tier, named.
 * Node towns carry no `zone`; they get the node colour and a smaller dot.
 */
const pointsOf =
  (tiers: (keyof typeof ZONE_LABELS)[]): StyleBuilder =>
  (ctx) => {
  const id = ctx.entry.id;
  const isNode: ExpressionSpecification = ['!', ['has', 'zone']];
  return [
    {
      id: `${id}:circle`,
      type: 'circle',
      source: ctx.sourceId,
      metadata: metadata(ctx, tiers.length === 1 ? { 'wz:legend': ZONE_LABELS[tiers[0]!] } : { 'wz:labels': ZONE_LABELS }),
      layout: { visibility: visibility(ctx) },
      paint: {
        'circle-color': tiers.length === 1 ? ZONE_COLORS[tiers[0]!] : zoneColor('node', tiers),
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 7, ['case', isNode, 3.5, 5.5], 12, ['case', isNode, 7, 10]],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1.5,
        'circle-opacity': ctx.opacity,
        'circle-stroke-opacity': ctx.opacity,
      },
    },
    pointLabel(ctx, { minzoom: 8.5, size: ['case', isNode, 11, 13], offset: 0.9, color: tiers.length === 1 ? ZONE_COLORS[tiers[0]!] : zoneColor('node', tiers) }),
  ] as LayerSpecification[];
};

export const structureMembers = pointsOf(['main', 'sub', 'pole']);
export const structureNodes = pointsOf(['node']);

/** 大罗山 centre and the four directions as arrows: a line with arrowheads along it and its name. */
export const directions: StyleBuilder = (ctx) => {
  const id = ctx.entry.id;
  const color = '#c92a2a';
  return [
    {
      id: `${id}:line`,
      type: 'line',
      source: ctx.sourceId,
      filter: ['==', ['geometry-type'], 'LineString'],
      metadata: metadata(ctx, { 'wz:legend': { zh: '拓展方向（示意）', en: 'Growth direction (schematic)' } }),
      layout: { visibility: visibility(ctx), 'line-cap': 'round' },
      paint: { 'line-color': color, 'line-width': ['interpolate', ['linear'], ['zoom'], 7, 3, 12, 7], 'line-opacity': 0.85 * ctx.opacity },
    },
    {
      id: `${id}:arrow`,
      type: 'symbol',
      source: ctx.sourceId,
      filter: ['==', ['geometry-type'], 'LineString'],
      metadata: metadata(ctx, { 'wz:legend-skip': true }),
      layout: {
        visibility: visibility(ctx),
        'symbol-placement': 'line',
        'symbol-spacing': 70,
        'text-field': '▶',
        'text-font': [...theme.font],
        'text-size': ['interpolate', ['linear'], ['zoom'], 7, 14, 12, 26],
        'text-keep-upright': false,
        'text-allow-overlap': true,
      },
      paint: { 'text-color': color, 'text-opacity': ctx.opacity },
    },
    {
      id: `${id}:centre`,
      type: 'circle',
      source: ctx.sourceId,
      filter: ['==', ['geometry-type'], 'Point'],
      metadata: metadata(ctx, { 'wz:legend': { zh: '大罗山（中心，示意）', en: 'Daluo Shan centre (schematic)' } }),
      layout: { visibility: visibility(ctx) },
      paint: { 'circle-color': '#ffffff', 'circle-radius': 9, 'circle-stroke-color': color, 'circle-stroke-width': 4, 'circle-opacity': ctx.opacity, 'circle-stroke-opacity': ctx.opacity },
    },
    ...(['LineString', 'Point'] as const).map((geometry) => ({
      id: `${id}:label-${geometry.toLowerCase()}`,
      type: 'symbol',
      source: ctx.sourceId,
      filter: ['==', ['geometry-type'], geometry],
      metadata: metadata(ctx, { 'wz:legend-skip': true }),
      layout: {
        visibility: visibility(ctx),
        // Direction names sit mid-arrow; the centre's name above its ring.
        'symbol-placement': geometry === 'LineString' ? 'line-center' : 'point',
        'text-field': labelField(ctx.lang),
        'text-font': [...theme.font],
        'text-size': 15,
        ...(geometry === 'Point' ? { 'text-anchor': 'bottom', 'text-offset': [0, -0.9] } : { 'text-offset': [0, -1] }),
      },
      paint: { 'text-color': color, 'text-halo-color': theme.labelHalo, 'text-halo-width': 2, 'text-opacity': ctx.opacity },
    })),
  ] as LayerSpecification[];
};
