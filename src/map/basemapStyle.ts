/**
 * The map's base style. Offline by default: sea, the land around Wenzhou (quieter) and Wenzhou's
 * own land from the project's polygons, drawn to the edge of every allowed view; over them, when
 * the catalog names one, a detailed vector basemap from a local PMTiles file (Protomaps schema,
 * drawn with the @protomaps/basemaps style). Online raster basemaps (OpenStreetMap; 天地图 with
 * the user's own key) are extras that start hidden. No `glyphs` URL: labels use local fonts.
 */
import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import { layers as protomapsLayers, namedFlavor } from '@protomaps/basemaps';
import type { Theme } from '../layers/theme';
import type { Lang } from '../domain/vocabulary';

export type Basemap = 'offline' | 'osm' | 'tianditu';
export const BASEMAPS: readonly Basemap[] = ['offline', 'osm', 'tianditu'];

/** Sources whose failure sends the user back to the offline basemap. */
export const ONLINE_SOURCES = ['osm', 'tianditu-vec', 'tianditu-cva'];

export const OSM_TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

/** Stored in each base layer's metadata: which basemap choice shows it. */
export interface BasemapMetadata {
  'wz:basemap': Basemap;
}

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
  lang: Lang;
  /** A detailed vector basemap: a `pmtiles://` URL, its flavor and credit. */
  vector?: { url: string; flavor: string; attribution: string };
}

const tag = (basemap: Basemap): BasemapMetadata => ({ 'wz:basemap': basemap });

/** The Protomaps basemap's layers, minus its background (ours marks the data's edge) and its POI icons (no sprite offline). */
function detailedLayers(source: string, flavor: string, lang: Lang): LayerSpecification[] {
  return protomapsLayers(source, namedFlavor(flavor), { lang: lang === 'zh' ? 'zh' : 'en' })
    .filter((l) => l.type !== 'background' && !(l.layout && 'icon-image' in l.layout))
    .map((l) => ({ ...l, id: `basemap:pm:${l.id}`, metadata: tag('offline') }) as LayerSpecification);
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
  if (opts.vector) sources.detailed = { type: 'vector', url: opts.vector.url, attribution: opts.vector.attribution };
  const layers: LayerSpecification[] = [
    { id: 'basemap:outside', type: 'background', paint: { 'background-color': theme.outside } },
    { id: 'basemap:sea', type: 'fill', source: 'sea', metadata: tag('offline'), paint: { 'fill-color': theme.sea } },
    { id: 'basemap:land', type: 'fill', source: 'land', metadata: tag('offline'), paint: { 'fill-color': theme.landAround } },
    { id: 'basemap:wenzhou', type: 'fill', source: 'wenzhou', metadata: tag('offline'), paint: { 'fill-color': theme.land } },
    ...(opts.vector ? detailedLayers('detailed', opts.vector.flavor, opts.lang) : []),
    { id: 'basemap:osm', type: 'raster', source: 'osm', metadata: tag('osm'), layout: { visibility: 'none' } },
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
      { id: 'basemap:tianditu-vec', type: 'raster', source: 'tianditu-vec', metadata: tag('tianditu'), layout: { visibility: 'none' } },
      { id: 'basemap:tianditu-cva', type: 'raster', source: 'tianditu-cva', metadata: tag('tianditu'), layout: { visibility: 'none' } },
    ],
  };
}

/** Visibility of a base layer for a basemap choice (layers without a tag, the background, always show). */
export function basemapVisibility(layer: { metadata?: unknown }, basemap: Basemap): 'visible' | 'none' {
  const owner = (layer.metadata as Partial<BasemapMetadata> | undefined)?.['wz:basemap'];
  return !owner || owner === basemap ? 'visible' : 'none';
}
