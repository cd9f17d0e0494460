/**
 * The features of a file being imported, drawn above every layer before they are added: one
 * source and a fill, a dashed outline and a circle in a colour no catalog layer uses, so the
 * clerk sees where the file puts things (a GCJ-02 file lands ~500 m off) before deciding.
 */
import type { LayerSpecification } from 'maplibre-gl';
import type { SourceInput } from './types';

export const PREVIEW_SOURCE = 'wz-import-preview';
const COLOUR = '#d6008f';
const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

export function previewSource(fc: GeoJSON.FeatureCollection | null): SourceInput {
  return { data: fc ?? EMPTY };
}

export function previewLayers(shown: boolean): LayerSpecification[] {
  const visibility = shown ? 'visible' : 'none';
  const meta = { 'wz:layer': 'import-preview' };
  return [
    { id: 'import-preview:fill', type: 'fill', source: PREVIEW_SOURCE, filter: ['==', ['geometry-type'], 'Polygon'], layout: { visibility }, paint: { 'fill-color': COLOUR, 'fill-opacity': 0.15 }, metadata: meta },
    { id: 'import-preview:line', type: 'line', source: PREVIEW_SOURCE, filter: ['!=', ['geometry-type'], 'Point'], layout: { visibility }, paint: { 'line-color': COLOUR, 'line-width': 2, 'line-dasharray': [2, 1] }, metadata: meta },
    { id: 'import-preview:point', type: 'circle', source: PREVIEW_SOURCE, filter: ['==', ['geometry-type'], 'Point'], layout: { visibility }, paint: { 'circle-color': COLOUR, 'circle-radius': 6, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2 }, metadata: meta },
  ];
}
