import type { LayerSpecification } from 'maplibre-gl';
import { theme } from '../theme';
import { metadata, visibility, type StyleBuilder } from '../types';

/** County seats: a red dot, named from zoom 9 on (the county label says the name before that). */
export const countySeat: StyleBuilder = (ctx) => {
  const id = ctx.entry.id;
  return [
    {
      id: `${id}:circle`,
      type: 'circle',
      source: ctx.sourceId,
      metadata: metadata(ctx),
      layout: { visibility: visibility(ctx) },
      paint: {
        'circle-color': theme.seat,
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 7, 3.5, 12, 7],
        'circle-stroke-color': theme.seatStroke,
        'circle-stroke-width': 1.5,
        'circle-opacity': ctx.opacity,
        'circle-stroke-opacity': ctx.opacity,
      },
    },
    {
      id: `${id}:label`,
      type: 'symbol',
      source: ctx.sourceId,
      minzoom: 9,
      metadata: metadata(ctx),
      layout: {
        visibility: visibility(ctx),
        'text-field': ctx.lang === 'zh' ? ['get', 'seat_zh'] : ['concat', ['get', 'name_en'], ' seat'],
        'text-font': [...theme.font],
        'text-size': 12,
        'text-offset': [0, 1.1],
        'text-anchor': 'top',
      },
      paint: { 'text-color': theme.seat, 'text-halo-color': theme.labelHalo, 'text-halo-width': 1.5, 'text-opacity': ctx.opacity },
    },
  ] as LayerSpecification[];
};
