/**
 * The map's base style. Offline by default: sea, the land around Wenzhou (quieter) and Wenzhou's
 * own land from the project's polygons, drawn to the edge of every allowed view. Online raster
 * basemaps (OpenStreetMap; 天地图 with the user's own key) are extras that start hidden.
 * No `glyphs` URL: labels use local fonts.
 */
import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { Theme } from '../layers/theme';

export type Basemap = 'offline' | 'osm' | 'tianditu';
export const BASEMAPS: readonly Basemap[] = ['offline', 'osm', 'tianditu'];

/** Sources whose failure sends the user back to the offline basemap. */
export const ONLINE_SOURCES = ['osm', 'tianditu-vec', 'tianditu-cva'];

export const OSM_TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

/**
 * 天地图 (the national basemap of 国家地理信息公共服务平台), Web Mercator tiles. Its CGCS2000
 * coordinates match WGS-84 to well under a metre at this scale, so the planning layers line up;
 * it needs a key (tk) that each user applies for at tianditu.gov.cn and enters in the app.
 */
export function tiandituTiles(layer: 'vec' | 'cva', key: string): string[] {
  const k = encodeURIComponent(key);
  return [0, 1, 2, 3].map(
    (i) => `https://t${i}.tianditu.gov.cn/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${k}`,
  );
}

export interface BasemapOptions {
  landUrl: string;
  seaUrl: string;
  outlineUrl: string;
  landAttribution: string;
  theme: Theme;
}

export function basemapStyle(opts: BasemapOptions): StyleSpecification {
  const { theme } = opts;
  const sources: Record<string, SourceSpecification> = {
    land: { type: 'geojson', data: opts.landUrl, attribution: opts.landAttribution },
    sea: { type: 'geojson', data: opts.seaUrl },
    wenzhou: { type: 'geojson', data: opts.outlineUrl },
    osm: {
      type: 'raster',
      tiles: [OSM_TILES],
      tileSize: 256,
      maxzoom: 19,
      attribution: '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
    },
  };
  const layers: LayerSpecification[] = [
    { id: 'basemap:outside', type: 'background', paint: { 'background-color': theme.outside } },
    { id: 'basemap:sea', type: 'fill', source: 'sea', paint: { 'fill-color': theme.sea } },
    { id: 'basemap:land', type: 'fill', source: 'land', paint: { 'fill-color': theme.landAround } },
    { id: 'basemap:wenzhou', type: 'fill', source: 'wenzhou', paint: { 'fill-color': theme.land } },
    { id: 'basemap:osm', type: 'raster', source: 'osm', layout: { visibility: 'none' } },
  ];
  return { version: 8, name: 'Wenzhou offline basemap', sources, layers };
}

/** The 天地图 sources and layers, added once the user has entered a key. */
export function tiandituParts(key: string): { sources: Record<string, SourceSpecification>; layers: LayerSpecification[] } {
  const attribution = '© <a href="https://www.tianditu.gov.cn/">天地图</a> 国家地理信息公共服务平台';
  return {
    sources: {
      'tianditu-vec': { type: 'raster', tiles: tiandituTiles('vec', key), tileSize: 256, maxzoom: 18, attribution },
      'tianditu-cva': { type: 'raster', tiles: tiandituTiles('cva', key), tileSize: 256, maxzoom: 18 },
    },
    layers: [
      { id: 'basemap:tianditu-vec', type: 'raster', source: 'tianditu-vec', layout: { visibility: 'none' } },
      { id: 'basemap:tianditu-cva', type: 'raster', source: 'tianditu-cva', layout: { visibility: 'none' } },
    ],
  };
}

/** Which base layers show for each basemap choice. */
export function basemapVisibility(basemap: Basemap): Record<string, 'visible' | 'none'> {
  const offline = basemap === 'offline' ? 'visible' : 'none';
  return {
    'basemap:sea': offline,
    'basemap:land': offline,
    'basemap:wenzhou': offline,
    'basemap:osm': basemap === 'osm' ? 'visible' : 'none',
    'basemap:tianditu-vec': basemap === 'tianditu' ? 'visible' : 'none',
    'basemap:tianditu-cva': basemap === 'tianditu' ? 'visible' : 'none',
  };
}
