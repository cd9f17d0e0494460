/**
 * A view of the map as data: which layers are drawn with which look, filters and highlighted
 * features. The live map, the compare map's second side and every export are drawn from a scene,
 * so a slide looks the same on the projector, in the PNG, the PDF and the deck.
 */
import type { LayerSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { Catalog } from '../data/schemas';
import type { FilterState } from '../filters/filterState';
import { choroplethOf, countyRows, filteredView, type FilteredView } from '../filters/filteredView';
import { mapLayers, stackStates, type MapSources } from '../layers/mapInputs';
import { sourceIdFor } from '../layers/registry';
import type { Lang, Theme } from '../layers/theme';
import type { StateEntry } from '../layers/types';
import type { Camera } from '../state/camera';

/** What a view shows, in the terms of the URL state and a slide. */
export interface SceneView {
  layers: readonly string[];
  opacity: Record<string, number>;
  filters: FilterState;
  highlight: readonly { layer: string; id: string }[];
}

export interface Scene {
  layers: LayerSpecification[];
  states: Record<string, StateEntry[]>;
  view: FilteredView;
}

export interface SceneData {
  catalog: Catalog;
  byLayer: Record<string, FeatureCollection>;
  inputs: MapSources;
}

export function sceneOf(data: SceneData, view: SceneView, lang: Lang, theme: Theme): Scene {
  const { catalog, byLayer, inputs } = data;
  const counties = countyRows(catalog.layers, byLayer);
  const filtered = filteredView(catalog.layers, byLayer, view.filters, counties, choroplethOf(counties, view.filters.population));
  const layers = mapLayers(catalog.layers, {
    visible: new Set(view.layers),
    opacity: view.opacity,
    lang,
    theme,
    filters: filtered.filters,
    choropleth: filtered.choropleth,
    stacks: inputs.stacks,
  });
  return {
    layers,
    view: filtered,
    states: {
      highlight: view.highlight.map((h) => ({ source: sourceIdFor(h.layer), id: h.id, value: true })),
      count: stackStates(inputs.stacks, filtered.shownIds, byLayer),
    },
  };
}

/** Everything an image of a view needs besides the data: where it looks and what it is called. */
export interface Frame {
  camera: Camera;
  title: string;
  subtitle?: string;
  caption?: string;
  /** Document titles with lines, and dataset credits. */
  sources: string[];
}
