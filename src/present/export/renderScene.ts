/**
 * Renders scenes off screen at a higher pixel ratio and hands back their canvases. A separate map,
 * so the live map (and the audience) never sees the export happen. One map serves a whole batch
 * (every slide of a story): the data goes to MapLibre's worker once, only layers and camera change.
 */
import type { StyleSpecification } from 'maplibre-gl';
import { MapController, type SourceInput } from '../../map/MapController';
import type { Basemap } from '../../map/basemapStyle';
import type { Lang } from '../../layers/theme';
import type { Camera } from '../../state/camera';
import { STATE_RESET as RESET } from '../../map/styleSync';
import type { Scene } from '../scene';

export interface RendererOptions {
  style: StyleSpecification;
  sources: Record<string, SourceInput>;
  basemap: Basemap;
  lang: Lang;
  maxBounds: [number, number, number, number];
  /** CSS pixels. */
  width: number;
  height: number;
  ratio: number;
}

/** Opens an off-screen map, runs `use` with a render function, and always removes the map. */
export async function withRenderer<T>(o: RendererOptions, use: (render: (scene: Scene, camera: Camera) => Promise<HTMLCanvasElement>) => Promise<T>): Promise<T> {
  const container = document.createElement('div');
  container.setAttribute('aria-hidden', 'true');
  // Off screen but laid out: MapLibre sizes its canvas from the container.
  container.style.cssText = `position:fixed;left:-${o.width + 100}px;top:0;width:${o.width}px;height:${o.height}px;pointer-events:none`;
  document.body.append(container);
  const c = new MapController({
    container,
    style: o.style,
    bounds: o.maxBounds,
    maxBounds: o.maxBounds,
    lang: o.lang,
    capture: { pixelRatio: o.ratio },
    onCameraChange: () => {},
    onPick: () => {},
    onBasemapError: () => {},
  });
  c.setSources(o.sources);
  c.setBasemap(o.basemap);
  const render = async (scene: Scene, camera: Camera) => {
    c.setLayers(scene.layers);
    for (const [key, entries] of Object.entries(scene.states)) c.setStates(key, entries, RESET[key] ?? null);
    c.map.jumpTo(camera);
    await c.drawn();
    const canvas = c.map.getCanvas();
    const want = Math.round(o.width * o.ratio);
    // The browser shrinks a drawing buffer beyond its limits silently; an image that is not the
    // asked-for size is an error the user should hear about, not a blurry surprise.
    if (canvas.width < want) throw new Error(`image too large for this browser (${canvas.width} < ${want} px)`);
    const copy = document.createElement('canvas');
    copy.width = canvas.width;
    copy.height = canvas.height;
    copy.getContext('2d')!.drawImage(canvas, 0, 0);
    return copy;
  };
  try {
    return await use(render);
  } finally {
    c.destroy();
    container.remove();
  }
}
