import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { colours, RAIL_STATUS, STATION_KIND, TOD_KIND, type RailStatus } from '../../domain/vocabulary';
import { colorBy, labelField, lineWidth, metadata, pointLabel, termLabels, textSize, visibility, type StyleBuilder } from '../types';

const NATIONAL = STATION_KIND.national.color;

/**
 * Rail lines: one layer per status (solid, dashed, dotted) so the legend can show each; lines
 * carry their own colour (S1 blue, S2 red), national lines are dark with a white dash inside.
 */
export const railLines: StyleBuilder = (ctx) => {
  const id = ctx.entry.id;
  const color: ExpressionSpecification = ['coalesce', ['get', 'color'], NATIONAL];
  const specs: LayerSpecification[] = (Object.keys(RAIL_STATUS) as RailStatus[]).map((status) => {
    const { dash } = RAIL_STATUS[status];
    return {
      id: `${id}:${status}`,
      type: 'line',
      source: ctx.sourceId,
      filter: ['==', ['get', 'status'], status],
      metadata: metadata(ctx, { 'wz:legend': { zh: RAIL_STATUS[status].zh, en: RAIL_STATUS[status].en } }),
      layout: { visibility: visibility(ctx), 'line-cap': dash ? 'butt' : 'round', 'line-join': 'round' },
      paint: { 'line-color': color, 'line-width': lineWidth(ctx, 7, 2, 12, 5), 'line-opacity': ctx.opacity, ...(dash ? { 'line-dasharray': [...dash] } : {}) },
    } as LayerSpecification;
  });
  specs.push(
    {
      id: `${id}:national-dash`,
      type: 'line',
      source: ctx.sourceId,
      filter: ['==', ['get', 'line_kind'], 'national'],
      metadata: metadata(ctx, { 'wz:legend-skip': true }),
      layout: { visibility: visibility(ctx) },
      paint: { 'line-color': '#ffffff', 'line-width': lineWidth(ctx, 7, 0.8, 12, 2), 'line-dasharray': [4, 4], 'line-opacity': ctx.opacity },
    } as LayerSpecification,
    {
      id: `${id}:label`,
      type: 'symbol',
      source: ctx.sourceId,
      minzoom: 9,
      metadata: metadata(ctx, { 'wz:legend-skip': true }),
      layout: {
        visibility: visibility(ctx),
        'symbol-placement': 'line',
        'text-field': labelField(ctx.lang),
        'text-font': [...ctx.theme.font],
        'text-size': textSize(ctx, 12),
      },
      paint: { 'text-color': '#222', 'text-halo-color': ctx.theme.labelHalo, 'text-halo-width': 2, 'text-opacity': ctx.opacity },
    } as LayerSpecification,
  );
  return specs;
};

/** Stations: white dots ringed by kind; hubs larger. Names from zoom 11 (hubs from 9). */
export const railStations: StyleBuilder = (ctx) => {
  const id = ctx.entry.id;
  return [
    {
      id: `${id}:circle`,
      type: 'circle',
      source: ctx.sourceId,
      metadata: metadata(ctx, { 'wz:labels': termLabels(STATION_KIND) }),
      layout: { visibility: visibility(ctx) },
      paint: {
        'circle-color': '#ffffff',
        'circle-stroke-color': colorBy('station_kind', colours(STATION_KIND), '#666666'),
        'circle-stroke-width': ['case', ['get', 'is_hub'], 3, 2],
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 8, ['case', ['get', 'is_hub'], 5, 2.5], 13, ['case', ['get', 'is_hub'], 9, 6]],
        'circle-opacity': ctx.opacity,
        'circle-stroke-opacity': ctx.opacity,
      },
    },
    // Hubs are named from zoom 9, other stations from 11; a projector names hubs only.
    pointLabel(ctx, { minzoom: 9, filter: ctx.theme.secondaryLabels ? ['any', ['get', 'is_hub'], ['>=', ['zoom'], 11]] : ['==', ['get', 'is_hub'], true], size: ['case', ['get', 'is_hub'], textSize(ctx, 13), textSize(ctx, 11)], color: '#1d2b3a', offset: 0.9 }),
  ] as LayerSpecification[];
};

/** TOD "369" sites: a tinted disc ringed by kind, named from zoom 9. */
export const todSites: StyleBuilder = (ctx) => {
  const id = ctx.entry.id;
  const kindColor = colorBy('tod_kind', colours(TOD_KIND));
  return [
    {
      id: `${id}:circle`,
      type: 'circle',
      source: ctx.sourceId,
      metadata: metadata(ctx, { 'wz:labels': termLabels(TOD_KIND) }),
      layout: { visibility: visibility(ctx) },
      paint: {
        'circle-color': kindColor,
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 8, 6, 13, 14],
        'circle-opacity': 0.35 * ctx.opacity,
        'circle-stroke-color': kindColor,
        'circle-stroke-width': 2,
        'circle-stroke-opacity': ctx.opacity,
      },
    },
    pointLabel(ctx, { minzoom: 9, color: '#7a1f3d', above: true, offset: 1.4, field: ['concat', 'TOD · ', labelField(ctx.lang)] }),
  ] as LayerSpecification[];
};
