import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { colours, PROJECT_CATEGORY } from '../../domain/vocabulary';
import { SLOT_MAX_RADIUS, slotOffset, STACK_ZOOM } from '../stacks';
import { colorBy, labelField, metadata, termLabels, textSize, visibility, type LayerContext, type SizeLegend, type StyleBuilder } from '../types';

const categoryColor = colorBy('category', colours(PROJECT_CATEGORY));

/**
 * Circle area grows with the total investment (亿元): radius is linear in √investment between two
 * zooms. Projects that state no investment get the smallest circle (the size legend says so).
 */
export const INVESTMENT_RADIUS = { zooms: [7, 12] as const, min: [3, 6] as const, at12: [11, 20] as const, samples: [5, 20, 50, 150] };

/** The radius (px) the map draws for an investment at a zoom, for the size legend. */
export function investmentRadius(yi: number | undefined, zoom: number): number {
  const [z0, z1] = INVESTMENT_RADIUS.zooms;
  const t = Math.min(1, Math.max(0, (zoom - z0) / (z1 - z0)));
  const at = (i: 0 | 1) => {
    const s = Math.min(Math.sqrt(yi ?? 0), 12);
    return INVESTMENT_RADIUS.min[i] + ((INVESTMENT_RADIUS.at12[i] - INVESTMENT_RADIUS.min[i]) * s) / 12;
  };
  return at(0) + (at(1) - at(0)) * t;
}

/** The size legend, drawn at the zoom a county-wide view opens with. */
const sizeLegend = (zoom = 10): SizeLegend => ({
  property: 'investment_total_yi',
  unit: { zh: '亿元', en: '×100 M CNY' },
  zoom,
  samples: INVESTMENT_RADIUS.samples.map((value) => ({ value, radius: Math.round(investmentRadius(value, zoom) * 10) / 10 })),
  unstated: Math.round(investmentRadius(undefined, zoom) * 10) / 10,
});

function radius(cap?: number): ExpressionSpecification {
  const byInvestment = (i: 0 | 1): ExpressionSpecification => {
    const r: ExpressionSpecification = ['interpolate', ['linear'], ['sqrt', ['coalesce', ['get', 'investment_total_yi'], 0]], 0, INVESTMENT_RADIUS.min[i], 12, INVESTMENT_RADIUS.at12[i]];
    return cap ? ['min', r, cap] : r;
  };
  return ['interpolate', ['linear'], ['zoom'], INVESTMENT_RADIUS.zooms[0], byInvestment(0), INVESTMENT_RADIUS.zooms[1], byInvestment(1)];
}

const countyLevel: ExpressionSpecification = ['==', ['get', 'location_precision'], 'county'];
const highlighted: ExpressionSpecification = ['boolean', ['feature-state', 'highlight'], false];
const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const stacked: ExpressionSpecification = ['has', 'stack_slot'];
const ring = (on: boolean): ExpressionSpecification => ['case', selected, 4, highlighted, 3.5, on ? 2.5 : 1.2];
const strokeColor = (rest: string | ExpressionSpecification): ExpressionSpecification => ['case', ['any', selected, highlighted], '#111111', rest];

/** Paint of a filled dot (placed at its town or site) or a hollow ring (county known only). */
function dotPaint(ctx: LayerContext, hollow: boolean, r: ExpressionSpecification) {
  return hollow
    ? { 'circle-color': '#ffffff', 'circle-radius': r, 'circle-opacity': 0, 'circle-stroke-color': strokeColor(categoryColor), 'circle-stroke-width': ring(true), 'circle-stroke-opacity': ctx.opacity }
    : { 'circle-color': categoryColor, 'circle-radius': r, 'circle-opacity': 0.85 * ctx.opacity, 'circle-stroke-color': strokeColor('#ffffff'), 'circle-stroke-width': ring(false), 'circle-stroke-opacity': ctx.opacity };
}

/**
 * Projects by category. A filled dot is placed at its site or town; a hollow ring means only the
 * county is known and the project sits at the county seat. Projects sharing a point form a stack
 * (see stacks.ts): a badge with the count below STACK_ZOOM, a column of named members above it.
 */
export const projects: StyleBuilder = (ctx) => {
  const id = ctx.entry.id;
  const slots = ctx.stackSlots ?? 0;
  const single = (hollow: boolean): LayerSpecification =>
    ({
      id: `${id}:${hollow ? 'county' : 'precise'}`,
      type: 'circle',
      source: ctx.sourceId,
      filter: ['all', ['!', stacked], hollow ? countyLevel : ['!', countyLevel]],
      metadata: metadata(ctx, {
        'wz:labels': termLabels(PROJECT_CATEGORY, hollow ? { zh: '（仅知所在县，置于县城）', en: ' (county only, at the seat)' } : { zh: '（定位到乡镇/地点）', en: ' (town or site)' }),
        ...(hollow ? {} : { 'wz:size': sizeLegend() }),
      }),
      layout: { visibility: visibility(ctx), ...(hollow ? {} : { 'circle-sort-key': ['-', 0, ['coalesce', ['get', 'investment_total_yi'], 0]] }) },
      paint: dotPaint(ctx, hollow, radius()),
    }) as LayerSpecification;

  // Below STACK_ZOOM a stack's members sit on their true point, under the badge (two layers).
  const stackedBelow = slots
    ? [false, true].map(
        (hollow) =>
          ({
            id: `${id}:stacked-${hollow ? 'county' : 'precise'}`,
            type: 'circle',
            source: ctx.sourceId,
            maxzoom: STACK_ZOOM,
            filter: ['all', stacked, hollow ? countyLevel : ['!', countyLevel]],
            metadata: metadata(ctx, { 'wz:legend-skip': true }),
            layout: { visibility: visibility(ctx) },
            paint: dotPaint(ctx, hollow, radius()),
          }) as LayerSpecification,
      )
    : [];
  // From STACK_ZOOM on, one layer per slot of a column: circle-translate is not data-driven, so
  // each slot gets its own. The zoom range keeps them out of the work at city-wide zooms.
  const slotLayers: LayerSpecification[] = [];
  const slotLabels: LayerSpecification[] = [];
  for (let k = 0; k < slots; k++) {
    const offset = slotOffset(k);
    for (const hollow of [false, true]) {
      slotLayers.push({
        id: `${id}:slot${k}-${hollow ? 'county' : 'precise'}`,
        type: 'circle',
        source: ctx.sourceId,
        minzoom: STACK_ZOOM,
        filter: ['all', ['==', ['get', 'stack_slot'], k], hollow ? countyLevel : ['!', countyLevel]],
        metadata: metadata(ctx, { 'wz:legend-skip': true }),
        layout: { visibility: visibility(ctx) },
        paint: { ...dotPaint(ctx, hollow, radius(SLOT_MAX_RADIUS)), 'circle-translate': offset },
      } as LayerSpecification);
    }
    slotLabels.push({
      id: `${id}:slot${k}-label`,
      type: 'symbol',
      source: ctx.sourceId,
      minzoom: STACK_ZOOM,
      filter: ['==', ['get', 'stack_slot'], k],
      metadata: metadata(ctx, { 'wz:legend-skip': true, 'wz:label-rank': 1 }),
      layout: {
        visibility: visibility(ctx),
        'text-field': labelField(ctx.lang),
        'text-font': [...ctx.theme.font],
        'text-size': textSize(ctx, 11),
        'text-anchor': 'left',
        'text-offset': [(SLOT_MAX_RADIUS + 5) / 11, 0],
        // One line per name: a wrapped name would run into the next row of the column.
        'text-max-width': 60,
        'text-optional': true,
      },
      paint: { 'text-color': '#343a40', 'text-halo-color': ctx.theme.labelHalo, 'text-halo-width': 1.5, 'text-opacity': ctx.opacity, 'text-translate': offset },
    } as LayerSpecification);
  }

  const count: ExpressionSpecification = ['to-number', ['coalesce', ['feature-state', 'count'], 0]];
  const badges: LayerSpecification[] = slots
    ? [
        {
          id: `${id}:stack`,
          type: 'circle',
          source: ctx.stackSourceId,
          maxzoom: STACK_ZOOM,
          filter: ['==', ['get', 'stack_role'], 'badge'],
          metadata: metadata(ctx, { 'wz:legend': { zh: '同一地点的多个项目（数字为个数，放大后逐一列出）', en: 'Several projects at one point (number of projects; zoom in to list them)' }, 'wz:unfiltered': true }),
          layout: { visibility: visibility(ctx) },
          paint: {
            'circle-color': '#343a40',
            'circle-radius': ['interpolate', ['linear'], count, 2, 10, 15, 17],
            'circle-stroke-color': '#ffffff',
            'circle-stroke-width': 2,
            // A stack with fewer than two members left by the filter is no stack: its one project shows itself.
            'circle-opacity': ['case', ['>=', count, 2], 0.9 * ctx.opacity, 0],
            'circle-stroke-opacity': ['case', ['>=', count, 2], ctx.opacity, 0],
          },
        } as LayerSpecification,
        {
          id: `${id}:stack-count`,
          type: 'symbol',
          source: ctx.stackSourceId,
          maxzoom: STACK_ZOOM,
          filter: ['==', ['get', 'stack_role'], 'count'],
          metadata: metadata(ctx, { 'wz:legend-skip': true, 'wz:unfiltered': true }),
          layout: {
            visibility: visibility(ctx),
            'text-field': ['to-string', ['get', 'n']],
            'text-font': [...ctx.theme.font],
            'text-size': textSize(ctx, 12),
            // Counts never push other labels (county names) away, and are never pushed away.
            'text-allow-overlap': true,
            'text-ignore-placement': true,
          },
          paint: { 'text-color': '#ffffff', 'text-opacity': ['case', ['==', count, ['get', 'n']], ctx.opacity, 0] },
        } as LayerSpecification,
      ]
    : [];

  return [
    single(false),
    single(true),
    ...stackedBelow,
    ...slotLayers,
    ...badges,
    {
      id: `${id}:label`,
      type: 'symbol',
      source: ctx.sourceId,
      minzoom: STACK_ZOOM,
      filter: ['!', stacked],
      metadata: metadata(ctx, { 'wz:legend-skip': true }),
      layout: {
        visibility: visibility(ctx),
        'text-field': labelField(ctx.lang),
        'text-font': [...ctx.theme.font],
        'text-size': textSize(ctx, 11),
        'text-offset': [0, 1.1],
        'text-anchor': 'top',
        'text-optional': true,
        'text-max-width': 10,
      },
      paint: { 'text-color': '#343a40', 'text-halo-color': ctx.theme.labelHalo, 'text-halo-width': 1.5, 'text-opacity': ctx.opacity },
    } as LayerSpecification,
    ...slotLabels,
  ];
};
