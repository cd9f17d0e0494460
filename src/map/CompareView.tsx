/**
 * Swipe compare: a second map over the live one, at the same camera, showing another state of the
 * city (rail today | rail by 2035). @maplibre/maplibre-gl-compare clips the two maps at a
 * draggable divider and keeps their cameras together; the live map stays the left side, so the
 * URL's camera, the scale bar and the presenter keys work as without compare.
 */
import { useEffect, useRef } from 'react';
import Compare from '@maplibre/maplibre-gl-compare';
import '@maplibre/maplibre-gl-compare/dist/maplibre-gl-compare.css';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { MapController, type SourceInput, type StateEntry } from './MapController';
import { STATE_RESET as RESET } from './styleSync';
import type { Basemap } from './basemapStyle';
import type { Lang } from '../domain/vocabulary';

interface Props {
  /** The live map: the left side. */
  left: MapController;
  style: StyleSpecification;
  maxBounds: [number, number, number, number];
  lang: Lang;
  sources: Record<string, SourceInput>;
  /** The right side's layers and feature-states. */
  layers: LayerSpecification[];
  states: Record<string, readonly StateEntry[]>;
  basemap: Basemap;
  labels: [string, string];
  dividerLabel: string;
}

declare global {
  interface Window {
    /** The compare view's right-hand map, for the end-to-end tests. */
    __wzCompareMap?: MapController['map'];
  }
}

export function CompareView(props: Props) {
  const container = useRef<HTMLDivElement>(null);
  const controller = useRef<MapController | null>(null);
  const latest = useRef(props);
  latest.current = props;

  useEffect(() => {
    const p = latest.current;
    const area = container.current!.parentElement!;
    const right = new MapController({
      container: container.current!,
      style: p.style,
      camera: p.left.camera(),
      bounds: p.maxBounds,
      maxBounds: p.maxBounds,
      lang: p.lang,
      onCameraChange: () => {},
      onPick: () => {},
      onBasemapError: () => {},
    });
    controller.current = right;
    window.__wzCompareMap = right.map;
    const compare = new Compare(p.left.map, right.map, area);
    // The plugin's handle is a bare div: name it for screen readers and people who hover.
    const handle = area.querySelector<HTMLElement>('.compare-swiper-vertical');
    handle?.setAttribute('role', 'separator');
    handle?.setAttribute('aria-orientation', 'vertical');
    handle?.setAttribute('aria-label', p.dividerLabel);
    handle?.setAttribute('title', p.dividerLabel);
    handle?.setAttribute('data-testid', 'compare-divider');
    return () => {
      compare.remove();
      right.destroy();
      controller.current = null;
      delete window.__wzCompareMap;
    };
  }, []);

  useEffect(() => controller.current?.setSources(props.sources), [props.sources]);
  useEffect(() => controller.current?.setLayers(props.layers), [props.layers]);
  useEffect(() => controller.current?.setBasemap(props.basemap), [props.basemap]);
  useEffect(() => controller.current?.setLang(props.lang), [props.lang]);
  useEffect(() => {
    for (const [key, entries] of Object.entries(props.states)) controller.current?.setStates(key, entries, RESET[key] ?? null);
  }, [props.states]);

  return (
    <>
      <div ref={container} className="map compare-right" data-testid="compare-map" />
      <div className="compare-label compare-label-left" data-testid="compare-label-left">
        {props.labels[0]}
      </div>
      <div className="compare-label compare-label-right" data-testid="compare-label-right">
        {props.labels[1]}
      </div>
    </>
  );
}
