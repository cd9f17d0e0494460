import type { LayerSpecification } from 'maplibre-gl';
import { metadata, pointLabel, visibility, type StyleBuilder } from '../types';

/** County seats: a red dot, named from zoom 9 on (the county label says the name before that). */
export const countySeat: StyleBuilder = (ctx) => {
  const id = ctx.entry.id;
  const { theme } = ctx;
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
    // Above the dot: the stacked projects of a seat are listed below it (see projects.ts). A
    // projector names seats only close in: at city zooms the county name says it.
    pointLabel(ctx, { minzoom: theme.secondaryLabels ? 9 : 11, size: 12, color: theme.seat, offset: 0.8, above: true, field: ctx.lang === 'zh' ? ['get', 'seat_zh'] : ['concat', ['get', 'name_en'], ' seat'] }),
  ] as LayerSpecification[];
};
