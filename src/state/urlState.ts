/**
 * Everything that makes a view shareable lives in the URL hash:
 *   #map=zoom/lat/lng[/bearing/pitch]&layers=a,b&opacity=a:0.5&lang=en&basemap=osm&sel=layer/featureId
 * Pure parse and serialise functions; unknown or malformed parts are dropped, never thrown.
 * The hash is input anyone can write: it is cut at MAX_HASH characters, lists are unique, known
 * and bounded, and no id from it can name a prototype key (`#sel=projects/__proto__`).
 */
import type { Camera } from './camera';
import { isSafeId } from '../domain/ids';
import type { Lang } from '../domain/vocabulary';
import { BASEMAPS, type Basemap } from '../map/basemapStyle';
import { EMPTY_FILTERS, parseFilters, serializeFilters, type FilterState } from '../filters/filterState';

export interface UrlState {
  camera?: Camera;
  /** Visible layer ids in catalog order; undefined means "the catalog's defaults". */
  layers?: string[];
  /** Opacity per layer, only where it differs from the catalog. */
  opacity: Record<string, number>;
  lang: Lang;
  basemap: Basemap;
  selected?: { layer: string; id: string };
  filters: FilterState;
  /** Which side panel is open: the filters or the linked statistics. */
  panel?: 'filters' | 'stats' | 'story' | 'edit';
  /** Presenter mode: the story being shown and its slide (1-based), `#story=structure&slide=3`. */
  story?: { id: string; slide: number };
}

export const DEFAULT_URL_STATE: UrlState = { opacity: {}, lang: 'zh', basemap: 'offline', filters: EMPTY_FILTERS };

/** Longer than any view the app writes (every layer, filter and a long search fits in 2,000). */
export const MAX_HASH = 4096;
const MAX_LAYERS = 64;

function parseCamera(value: string | null): Camera | undefined {
  if (!value) return undefined;
  const [zoom, lat, lng, bearing = 0, pitch = 0] = value.split('/').map(Number);
  if ([zoom, lat, lng, bearing, pitch].some((n) => n === undefined || !Number.isFinite(n))) return undefined;
  if (Math.abs(lat!) > 85 || Math.abs(lng!) > 180 || zoom! < 0 || zoom! > 24) return undefined;
  return { center: [lng!, lat!], zoom: zoom!, bearing: bearing!, pitch: pitch! };
}

function storyOf(id: string | null, slide: string | null): UrlState['story'] {
  if (!id || !isSafeId(id)) return undefined;
  const n = Number(slide ?? 1);
  return { id, slide: Number.isInteger(n) && n >= 1 ? n : 1 };
}

export function parseUrlState(hash: string): UrlState {
  const params = new URLSearchParams(hash.replace(/^#/, '').slice(0, MAX_HASH));
  const layers = params.get('layers');
  // A key from the URL never indexes a plain object: this one has no prototype to reach.
  const opacity: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const pair of (params.get('opacity') ?? '').split(',', MAX_LAYERS)) {
    const [id, v] = pair.split(':');
    const n = Number(v);
    if (id && isSafeId(id) && v !== undefined && v !== '' && n >= 0 && n <= 1) opacity[id] = n;
  }
  const sel = params.get('sel')?.split('/');
  return {
    camera: parseCamera(params.get('map')),
    layers: layers === null ? undefined : [...new Set(layers.split(',', MAX_LAYERS * 4).filter(isSafeId))].slice(0, MAX_LAYERS),
    opacity,
    lang: params.get('lang') === 'en' ? 'en' : 'zh',
    basemap: BASEMAPS.includes(params.get('basemap') as Basemap) ? (params.get('basemap') as Basemap) : 'offline',
    selected: sel?.length === 2 && sel.every(isSafeId) ? { layer: sel[0]!, id: sel[1]! } : undefined,
    filters: parseFilters(params),
    panel: (['filters', 'stats', 'story', 'edit'] as const).find((p) => p === params.get('panel')),
    story: storyOf(params.get('story'), params.get('slide')),
  };
}

const fixed = (n: number, digits: number) => String(Number(n.toFixed(digits)));

export function serializeUrlState(state: UrlState): string {
  const parts: string[] = [];
  const c = state.camera;
  if (c) {
    const cam = [fixed(c.zoom, 2), fixed(c.center[1], 5), fixed(c.center[0], 5)];
    if (c.bearing || c.pitch) cam.push(fixed(c.bearing, 1), fixed(c.pitch, 1));
    parts.push(`map=${cam.join('/')}`);
  }
  if (state.layers) parts.push(`layers=${state.layers.join(',')}`);
  const op = Object.entries(state.opacity);
  if (op.length) parts.push(`opacity=${op.map(([id, v]) => `${id}:${fixed(v, 2)}`).join(',')}`);
  if (state.lang !== 'zh') parts.push(`lang=${state.lang}`);
  if (state.basemap !== 'offline') parts.push(`basemap=${state.basemap}`);
  if (state.selected) parts.push(`sel=${state.selected.layer}/${state.selected.id}`);
  if (state.panel) parts.push(`panel=${state.panel}`);
  parts.push(...serializeFilters(state.filters));
  if (state.story) parts.push(`story=${state.story.id}`, `slide=${state.story.slide}`);
  return parts.length ? `#${parts.join('&')}` : '';
}
