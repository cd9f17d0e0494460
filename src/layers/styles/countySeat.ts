import type { LayerSpecification } from 'maplibre-gl';
import { theme } from '../theme';
import { metadata, pointLabel, visibility, type StyleBuilder } from '../types';

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
    pointLabel(ctx, { minzoom: 9, size: 12, color: theme.seat, offset: 1.1, field: ctx.lang === 'zh' ? ['get', 'seat_zh'] : ['concat', ['get', 'name_en'], ' seat'] }),
  ] as LayerSpecification[];
};
