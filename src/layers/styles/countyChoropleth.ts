import type { LayerSpecification } from 'maplibre-gl';
import { metadata, visibility, zoomed, type StyleBuilder } from '../types';
import { NOT_STATED } from '../../domain/vocabulary';

/** Five sequential classes that stay distinct on a projector (ColorBrewer OrRd 5). */
export const CHOROPLETH_RAMP = ['#fef0d9', '#fdcc8a', '#fc8d59', '#e34a33', '#b30000'] as const;

/** Resident population 2021 (万人) class bounds: 15–153 across the 12 units. */
export const POPULATION_BREAKS = [30, 60, 90, 120] as const;

export const NO_VALUE_COLOR = '#d9d9d9';

/** Counties coloured by a population metric in classes, labelled with name and value. */
export const countyChoropleth: StyleBuilder = (ctx) => {
  const id = ctx.entry.id;
  const { metric, breaks, unit } = ctx.choropleth ?? { metric: 'pop_2021_wan', breaks: POPULATION_BREAKS, unit: { zh: '万人', en: '×10⁴' } };
  const step: unknown[] = ['step', ['get', metric], CHOROPLETH_RAMP[0]];
  breaks.slice(0, CHOROPLETH_RAMP.length - 1).forEach((b, i) => step.push(b, CHOROPLETH_RAMP[i + 1]));
  // Counties without a value (e.g. no comparable 2010 figure) are grey, not the lowest class.
  // No breaks (no county with a value, e.g. a broken counties file): one class, since a `step`
  // without stops is an invalid expression that would stop the map adding the layers after it.
  const fill = ['case', ['has', metric], step.length > 3 ? step : CHOROPLETH_RAMP[0], NO_VALUE_COLOR];
  return [
    {
      id: `${id}:fill`,
      type: 'fill',
      source: ctx.sourceId,
      metadata: metadata(ctx, { 'wz:unit': ` ${unit[ctx.lang]}` }),
      layout: { visibility: visibility(ctx) },
      paint: { 'fill-color': fill, 'fill-opacity': 0.85 * ctx.opacity },
    },
    {
      id: `${id}:outline`,
      type: 'line',
      source: ctx.sourceId,
      metadata: metadata(ctx, { 'wz:legend-skip': true }),
      layout: { visibility: visibility(ctx) },
      paint: { 'line-color': '#ffffff', 'line-width': 1.2 * ctx.theme.lineScale, 'line-opacity': ctx.opacity },
    },
    {
      id: `${id}:label`,
      type: 'symbol',
      source: ctx.labelSourceId,
      // Its labels (name and value) win over the plain county names when both layers are on.
      metadata: metadata(ctx, { 'wz:legend-skip': true, 'wz:label-rank': 3 }),
      layout: {
        visibility: visibility(ctx),
        'text-field': [
          'concat',
          ['get', ctx.lang === 'zh' ? 'name_zh' : 'name_en'],
          '\n',
          ['case', ['has', metric], ['concat', ['to-string', ['get', metric]], ' ', unit[ctx.lang]], NOT_STATED[ctx.lang]],
        ],
        'text-font': [...ctx.theme.font],
        'text-size': zoomed(ctx, 7, 12, 11, 16),
      },
      paint: { 'text-color': '#1a1a1a', 'text-halo-color': ctx.theme.labelHalo, 'text-halo-width': 1.5, 'text-opacity': ctx.opacity },
    },
  ] as LayerSpecification[];
};
