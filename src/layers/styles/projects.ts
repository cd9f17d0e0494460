import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { colorBy, metadata, pointLabel, visibility, type StyleBuilder } from '../types';

export const CATEGORY_COLORS = { 产业: '#e8590c', 基础设施: '#1971c2', 民生: '#2f9e44' } as const;

const categoryColor = colorBy('category', CATEGORY_COLORS);

const categoryLabels = (suffix: { zh: string; en: string }) => ({
  产业: { zh: `产业${suffix.zh}`, en: `Industry${suffix.en}` },
  基础设施: { zh: `基础设施${suffix.zh}`, en: `Infrastructure${suffix.en}` },
  民生: { zh: `民生${suffix.zh}`, en: `Public services${suffix.en}` },
});

/** Area grows with the total investment (亿元); projects with no figure get the smallest size. */
const radius: ExpressionSpecification = [
  'interpolate',
  ['linear'],
  ['zoom'],
  7,
  ['interpolate', ['linear'], ['sqrt', ['coalesce', ['get', 'investment_total_yi'], 0]], 0, 3, 12, 11],
  12,
  ['interpolate', ['linear'], ['sqrt', ['coalesce', ['get', 'investment_total_yi'], 0]], 0, 6, 12, 20],
];

const countyLevel: ExpressionSpecification = ['==', ['get', 'location_precision'], 'county'];
const highlighted: ExpressionSpecification = ['boolean', ['feature-state', 'highlight'], false];
const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];

/**
 * Projects by category. A filled dot is placed at its site or town; a hollow ring means only the
 * county is known and the project sits at the county seat.
 */
export const projects: StyleBuilder = (ctx) => {
  const id = ctx.entry.id;
  const ring = (on: boolean): ExpressionSpecification => ['case', selected, 4, highlighted, 3.5, on ? 2.5 : 1.2];
  return [
    {
      id: `${id}:precise`,
      type: 'circle',
      source: ctx.sourceId,
      filter: ['!', countyLevel],
      metadata: metadata(ctx, { 'wz:labels': categoryLabels({ zh: '（定位到乡镇/地点）', en: ' (town or site)' }) }),
      layout: { visibility: visibility(ctx), 'circle-sort-key': ['-', 0, ['coalesce', ['get', 'investment_total_yi'], 0]] },
      paint: {
        'circle-color': categoryColor,
        'circle-radius': radius,
        'circle-opacity': 0.85 * ctx.opacity,
        'circle-stroke-color': ['case', ['any', selected, highlighted], '#111111', '#ffffff'],
        'circle-stroke-width': ring(false),
        'circle-stroke-opacity': ctx.opacity,
      },
    },
    {
      id: `${id}:county`,
      type: 'circle',
      source: ctx.sourceId,
      filter: countyLevel,
      metadata: metadata(ctx, { 'wz:labels': categoryLabels({ zh: '（仅知所在县，置于县城）', en: ' (county only, at the seat)' }) }),
      layout: { visibility: visibility(ctx) },
      paint: {
        'circle-color': '#ffffff',
        'circle-radius': radius,
        'circle-opacity': 0,
        'circle-stroke-color': ['case', ['any', selected, highlighted], '#111111', categoryColor],
        'circle-stroke-width': ring(true),
        'circle-stroke-opacity': ctx.opacity,
      },
    },
    pointLabel(ctx, { minzoom: 11, color: '#343a40', offset: 1.1, maxWidth: 10 }),
  ] as LayerSpecification[];
};
