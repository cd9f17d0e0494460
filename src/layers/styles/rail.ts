import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { theme } from '../theme';
import { statusStyles } from '../status';
import { colorBy, labelField, metadata, pointLabel, visibility, type StyleBuilder } from '../types';

const NATIONAL = '#2f2f2f';

/**
 * Rail lines: one layer per status (solid, dashed, dotted) so the legend can show each; lines
 * carry their own colour (S1 blue, S2 red), national lines are dark with a white dash inside.
 */
export const railLines: StyleBuilder = (ctx) => {
  const id = ctx.entry.id;
  const color: ExpressionSpecification = ['coalesce', ['get', 'color'], NATIONAL];
  const width: ExpressionSpecification = ['interpolate', ['linear'], ['zoom'], 7, 2, 12, 5];
  const specs: LayerSpecification[] = statusStyles.map(({ status, dash, label }) => ({
    id: `${id}:${status}`,
    type: 'line',
    source: ctx.sourceId,
    filter: ['==', ['get', 'status'], status],
    metadata: metadata(ctx, { 'wz:legend': label }),
    layout: { visibility: visibility(ctx), 'line-cap': dash ? 'butt' : 'round', 'line-join': 'round' },
    paint: { 'line-color': color, 'line-width': width, 'line-opacity': ctx.opacity, ...(dash ? { 'line-dasharray': [...dash] } : {}) },
  })) as LayerSpecification[];
  specs.push(
    {
      id: `${id}:national-dash`,
      type: 'line',
      source: ctx.sourceId,
      filter: ['==', ['get', 'line_kind'], 'national'],
      metadata: metadata(ctx, { 'wz:legend-skip': true }),
      layout: { visibility: visibility(ctx) },
      paint: { 'line-color': '#ffffff', 'line-width': ['interpolate', ['linear'], ['zoom'], 7, 0.8, 12, 2], 'line-dasharray': [4, 4], 'line-opacity': ctx.opacity },
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
        'text-font': [...theme.font],
        'text-size': 12,
      },
      paint: { 'text-color': '#222', 'text-halo-color': theme.labelHalo, 'text-halo-width': 2, 'text-opacity': ctx.opacity },
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
      metadata: metadata(ctx, {
        'wz:labels': {
          metro: { zh: '市域铁路站', en: 'Suburban rail station' },
          national: { zh: '国铁车站', en: 'National rail station' },
          airport: { zh: '机场', en: 'Airport' },
        },
      }),
      layout: { visibility: visibility(ctx) },
      paint: {
        'circle-color': '#ffffff',
        'circle-stroke-color': colorBy('station_kind', { metro: '#1f5fae', national: NATIONAL, airport: '#7a3db8' }, '#666666'),
        'circle-stroke-width': ['case', ['get', 'is_hub'], 3, 2],
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 8, ['case', ['get', 'is_hub'], 5, 2.5], 13, ['case', ['get', 'is_hub'], 9, 6]],
        'circle-opacity': ctx.opacity,
        'circle-stroke-opacity': ctx.opacity,
      },
    },
    pointLabel(ctx, { minzoom: 9, filter: ['any', ['get', 'is_hub'], ['>=', ['zoom'], 11]], size: ['case', ['get', 'is_hub'], 13, 11], color: '#1d2b3a', offset: 0.9 }),
  ] as LayerSpecification[];
};

/** TOD "369" sites: a ringed square-ish marker by kind, named from zoom 9. */
export const todSites: StyleBuilder = (ctx) => {
  const id = ctx.entry.id;
  const kindColor = colorBy('tod_kind', { new_town: '#e8590c', depot_community: '#2b8a3e', centre_block: '#c2255c' });
  return [
    {
      id: `${id}:circle`,
      type: 'circle',
      source: ctx.sourceId,
      metadata: metadata(ctx, {
        'wz:labels': {
          new_town: { zh: 'TOD新城', en: 'TOD new town' },
          depot_community: { zh: '车辆段上盖社区', en: 'Depot community' },
          centre_block: { zh: '中心TOD街区', en: 'Central TOD block' },
        },
      }),
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
