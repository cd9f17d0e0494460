/**
 * Mounts the MapController once and forwards props to its setters. React never re-creates the
 * map: callbacks are read through refs, and the camera stays out of React state.
 */
import { useEffect, useRef } from 'react';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { MapController, type PickedFeature, type SourceInput } from './MapController';
import type { Basemap } from './basemapStyle';
import type { Camera } from '../state/camera';

export interface MapViewProps {
  style: StyleSpecification;
  camera: Camera;
  sources: Record<string, SourceInput>;
  layers: LayerSpecification[];
  basemap: Basemap;
  selection: { source: string; id: string | number } | null;
  highlight: { source: string; ids: readonly (string | number)[] } | null;
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

export function MapView(props: MapViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const controller = useRef<MapController | null>(null);
  const latest = useRef(props);
  latest.current = props;

  useEffect(() => {
    const c = new MapController({
      container: container.current!,
      style: latest.current.style,
      camera: latest.current.camera,
      onCameraChange: (cam) => latest.current.onCameraChange(cam),
      onPick: (f) => latest.current.onPick(f),
      onBasemapError: () => latest.current.onBasemapError(),
    });
    controller.current = c;
    window.__wzMap = c.map;
    latest.current.onReady?.(c);
    return () => {
      c.destroy();
      controller.current = null;
      delete window.__wzMap;
    };
  }, []);

  useEffect(() => controller.current?.setSources(props.sources), [props.sources]);
  useEffect(() => controller.current?.setLayers(props.layers), [props.layers]);
  useEffect(() => controller.current?.setBasemap(props.basemap), [props.basemap]);
  useEffect(() => controller.current?.setSelection(props.selection), [props.selection]);
  useEffect(() => controller.current?.setHighlight(props.highlight), [props.highlight]);
  useEffect(() => controller.current?.setCamera(props.camera), [props.camera]);

  return <div ref={container} className="map" data-testid="map" />;
}
