/**
 * The map's base style: sea and land from the project's own polygons (offline), and an optional
 * OpenStreetMap raster layer that starts hidden. No `glyphs` URL: labels use local fonts.
 */
import type { StyleSpecification } from 'maplibre-gl';
import { theme } from '../layers/theme';

export type Basemap = 'offline' | 'osm';
export const OSM_SOURCE = 'osm';
export const OSM_TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

export function basemapStyle(opts: { landUrl: string; seaUrl: string; landAttribution: string }): StyleSpecification {
  return {
    version: 8,
    name: 'Wenzhou offline basemap',
    sources: {
      land: { type: 'geojson', data: opts.landUrl, attribution: opts.landAttribution },
      sea: { type: 'geojson', data: opts.seaUrl },
      [OSM_SOURCE]: {
        type: 'raster',
        tiles: [OSM_TILES],
        tileSize: 256,
        maxzoom: 19,
        attribution: '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
      },
    },
    layers: [
      // Outside the project's data box: neutral, so nothing pretends to be land or sea there.
      { id: 'basemap:outside', type: 'background', paint: { 'background-color': theme.outside } },
      { id: 'basemap:sea', type: 'fill', source: 'sea', paint: { 'fill-color': theme.sea } },
      { id: 'basemap:land', type: 'fill', source: 'land', paint: { 'fill-color': theme.land } },
      { id: 'basemap:osm', type: 'raster', source: OSM_SOURCE, layout: { visibility: 'none' } },
    ],
  };
}

/** Which base layers show for each basemap choice. */
export function basemapVisibility(basemap: Basemap): Record<string, 'visible' | 'none'> {
  const online = basemap === 'osm';
  return {
    'basemap:sea': online ? 'none' : 'visible',
    'basemap:land': online ? 'none' : 'visible',
    'basemap:osm': online ? 'visible' : 'none',
  };
}
