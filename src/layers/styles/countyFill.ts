import type { LayerSpecification } from 'maplibre-gl';
import { labelField, lineWidth, metadata, visibility, zoomed, type StyleBuilder } from '../types';

/** County polygons: a pale fill (selected county highlighted), a firm outline, and the name. */
export const countyFill: StyleBuilder = (ctx) => {
  const id = ctx.entry.id;
  const { theme } = ctx;
  const selected = ['boolean', ['feature-state', 'selected'], false];
  return [
    {
      id: `${id}:fill`,
      type: 'fill',
      source: ctx.sourceId,
      metadata: metadata(ctx),
      layout: { visibility: visibility(ctx) },
      paint: {
        'fill-color': ['case', selected, theme.countyFillSelected, theme.countyFill],
        'fill-opacity': 0.75 * ctx.opacity,
      },
    },
    {
      id: `${id}:outline`,
      type: 'line',
      source: ctx.sourceId,
      metadata: metadata(ctx, { 'wz:legend-skip': true }),
      layout: { visibility: visibility(ctx), 'line-join': 'round' },
      paint: {
        'line-color': ['case', selected, theme.selected, theme.countyOutline],
        'line-width': lineWidth(ctx, 7, 1, 12, 2.5),
        'line-opacity': ctx.opacity,
      },
    },
    {
      id: `${id}:label`,
      type: 'symbol',
      source: ctx.labelSourceId,
      metadata: metadata(ctx, { 'wz:legend-skip': true, 'wz:label-rank': 2 }),
      layout: {
        visibility: visibility(ctx),
        'text-field': labelField(ctx.lang),
        'text-font': [...theme.font],
        'text-size': zoomed(ctx, 7, 13, 11, 18),
        'text-max-width': 8,
      },
      paint: {
        'text-color': theme.countyLabel,
        'text-halo-color': theme.labelHalo,
        'text-halo-width': 1.5,
        'text-opacity': ctx.opacity,
      },
    },
  ] as LayerSpecification[];
};
