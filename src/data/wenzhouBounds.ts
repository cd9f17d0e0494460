/** Wenzhou's extent with a margin for offshore islands (南麂, 北麂) — WGS-84 [west, south, east, north]. */
export const WENZHOU_BBOX = [119.3, 26.8, 121.6, 28.8] as const;

/**
 * How far the map may look: Wenzhou with its neighbours. The offline basemap's land and sea cover
 * this box, and MapLibre zooms in rather than show beyond it, so no view shows an empty edge.
 */
export const BASEMAP_BBOX = [117.8, 25.8, 123.1, 29.8] as const;

/** The box the basemap's land and sea are cut to: a little beyond BASEMAP_BBOX, so no clipped edge shows. */
export const BASEMAP_DATA_BBOX = [BASEMAP_BBOX[0] - 0.2, BASEMAP_BBOX[1] - 0.2, BASEMAP_BBOX[2] + 0.2, BASEMAP_BBOX[3] + 0.2] as const;


export function insideWenzhou([lng, lat]: readonly number[]): boolean {
  const [w, s, e, n] = WENZHOU_BBOX;
  return lng !== undefined && lat !== undefined && lng >= w && lng <= e && lat >= s && lat <= n;
}
