/**
 * Mounts the MapController once and forwards props to its setters. React never re-creates the
 * map: callbacks are read through refs. The camera comes from the URL here, so a camera move
 * re-renders this component only.
 */
import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { MapController, type PickedFeature, type SourceInput, type StateEntry } from './MapController';
import { STATE_RESET as RESET } from './styleSync';
import type { Basemap } from './basemapStyle';
import type { Camera } from '../state/camera';
import type { Lang } from '../domain/vocabulary';
import { getUrlState, useUrlState } from '../state/urlStore';

export interface MapViewProps {
  style: StyleSpecification;
  /** Fitted to the map when the URL names no camera. */
  bounds: [number, number, number, number];
  maxBounds: [number, number, number, number];
  lang: Lang;
  sources: Record<string, SourceInput>;
  layers: LayerSpecification[];
  basemap: Basemap;
  tiandituKey?: string;
  /** Feature-state keys (selected, highlight, count) and the features that carry them. */
  states: Record<string, readonly StateEntry[]>;
  /** Hands over the controller for camera commands (fit to a chart's features). */
  onReady?(controller: MapController): void;
  onCameraChange(camera: Camera): void;
  onPick(features: PickedFeature[]): void;
  onBasemapError(): void;
}

declare global {
  interface Window {
    /** The live map, for the end-to-end tests and for data staff at the console. */
    __wzMap?: MapController['map'];
  }
}

const cameraOf = (s: ReturnType<typeof getUrlState>) => s.camera;
export function MapView(props: MapViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const controller = useRef<MapController | null>(null);
  const latest = useRef(props);
  latest.current = props;
  const camera = useUrlState(cameraOf);

  useEffect(() => {
    const p = latest.current;
    const c = new MapController({
      container: container.current!,
      style: p.style,
      camera: getUrlState().camera,
      bounds: p.bounds,
      maxBounds: p.maxBounds,
      lang: p.lang,
      onCameraChange: (cam) => latest.current.onCameraChange(cam),
      onPick: (f) => latest.current.onPick(f),
      onBasemapError: () => latest.current.onBasemapError(),
    });
    controller.current = c;
    window.__wzMap = c.map;
    p.onReady?.(c);
    return () => {
      c.destroy();
      controller.current = null;
      delete window.__wzMap;
    };
  }, []);

  useEffect(() => controller.current?.setSources(props.sources), [props.sources]);
  useEffect(() => controller.current?.setLayers(props.layers), [props.layers]);
  useEffect(() => controller.current?.setBasemap(props.basemap, props.tiandituKey), [props.basemap, props.tiandituKey]);
  useEffect(() => controller.current?.setLang(props.lang), [props.lang]);
  useEffect(() => {
    for (const [key, entries] of Object.entries(props.states)) controller.current?.setStates(key, entries, RESET[key] ?? null);
  }, [props.states]);
  useEffect(() => controller.current?.setCamera(camera), [camera]);

  // The browser prints a WebGL canvas blank: print a picture of it taken just before.
  const [printImage, setPrintImage] = useState('');
  useEffect(() => {
    // flushSync: the picture must be in the page before the browser lays out the print.
    const before = () => flushSync(() => setPrintImage(controller.current?.snapshot() ?? ''));
    const after = () => setPrintImage('');
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);

  return (
    <>
      <div ref={container} className="map" data-testid="map" />
      {printImage && <img className="print-map" src={printImage} alt="" data-testid="print-map" />}
    </>
  );
}
