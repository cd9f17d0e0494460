import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { colours, ZONE, type Zone } from '../../domain/vocabulary';
import { colorBy, labelField, lineWidth, metadata, pointLabel, termLabels, textSize, visibility, zoomed, type StyleBuilder } from '../types';

const ZONE_COLORS = colours(ZONE);

/** Colour by tier; features with no `zone` (node towns) count as `fallback`. */
const zoneColor = (fallback: Zone, tiers: Zone[]): ExpressionSpecification =>
  colorBy(['coalesce', ['get', 'zone'], fallback], Object.fromEntries(tiers.map((t) => [t, ZONE_COLORS[t]])));

/** Zone polygons: a light tint and a bold outline, so the counties beneath stay readable. */
export const structureZones: StyleBuilder = (ctx) => {
  const id = ctx.entry.id;
  const labels = { main: ZONE.main, sub: ZONE.sub, pole: { zh: '西部发展极所在县（县城为极）', en: 'County of a growth pole (the pole is its town)' } };
  const color = zoneColor('main', ['main', 'sub', 'pole']);
  return [
    {
      id: `${id}:fill`,
      type: 'fill',
      source: ctx.sourceId,
      metadata: metadata(ctx, { 'wz:labels': termLabels(labels) }),
      layout: { visibility: visibility(ctx) },
      paint: { 'fill-color': color, 'fill-opacity': 0.18 * ctx.opacity },
    },
    {
      id: `${id}:outline`,
      type: 'line',
      source: ctx.sourceId,
      metadata: metadata(ctx, { 'wz:legend-skip': true }),
      layout: { visibility: visibility(ctx), 'line-join': 'round' },
      paint: { 'line-color': color, 'line-width': lineWidth(ctx, 7, 2, 12, 4), 'line-opacity': 0.9 * ctx.opacity },
    },
  ] as LayerSpecification[];
};

/**
 * Members (county seats, functional areas, pole towns) and node towns: dots by tier, named.
 * Node towns carry no `zone`; they get the node colour and a smaller dot.
 */
const pointsOf =
  (tiers: Zone[]): StyleBuilder =>
  (ctx) => {
    const id = ctx.entry.id;
    const isNode: ExpressionSpecification = ['!', ['has', 'zone']];
    const one = tiers.length === 1 ? tiers[0]! : undefined;
    const color = one ? ZONE_COLORS[one] : zoneColor('node', tiers);
    return [
      {
        id: `${id}:circle`,
        type: 'circle',
        source: ctx.sourceId,
        metadata: metadata(ctx, one ? { 'wz:legend': { zh: ZONE[one].zh, en: ZONE[one].en } } : { 'wz:labels': termLabels(ZONE) }),
        layout: { visibility: visibility(ctx) },
        paint: {
          'circle-color': color,
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 7, ['case', isNode, 3.5, 5.5], 12, ['case', isNode, 7, 10]],
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 1.5,
          'circle-opacity': ctx.opacity,
          'circle-stroke-opacity': ctx.opacity,
        },
      },
      pointLabel(ctx, { minzoom: 8.5, size: ['case', isNode, textSize(ctx, 11), textSize(ctx, 13)], offset: 0.9, color }),
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
      paint: { 'line-color': color, 'line-width': lineWidth(ctx, 7, 3, 12, 7), 'line-opacity': 0.85 * ctx.opacity },
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
        'text-font': [...ctx.theme.font],
        'text-size': zoomed(ctx, 7, 14, 12, 26),
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
        'text-font': [...ctx.theme.font],
        'text-size': textSize(ctx, 15),
        ...(geometry === 'Point' ? { 'text-anchor': 'bottom', 'text-offset': [0, -0.9] } : { 'text-offset': [0, -1] }),
      },
      paint: { 'text-color': color, 'text-halo-color': ctx.theme.labelHalo, 'text-halo-width': 2, 'text-opacity': ctx.opacity },
    })),
  ] as LayerSpecification[];
};
