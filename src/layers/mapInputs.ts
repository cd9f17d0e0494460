/**
 * What the map draws, composed from the catalog and the prepared data: one source per layer (plus
 * label points for areas and stack badges for stacked points) and the style layers of every
 * catalog layer in drawing order. Pure, so a second layer of an existing kind can be tested.
 */
import type { LayerSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { CatalogLayer } from '../data/schemas';
import { kindOf } from '../domain/layerKinds';
import type { Lang } from '../domain/vocabulary';
import { buildLayerSpecs, drawOrder, labelSourceIdFor, sourceIdFor, stackSourceIdFor, styleKinds } from './registry';
import { labelPoints } from './labelPoints';
import { stackCounts, stackLayout, type Stack } from './stacks';
import type { Theme } from './theme';
import type { LayerContext, SourceInput, StateEntry } from './types';

export interface MapSources {
  sources: Record<string, SourceInput>;
  /** Stacks per catalog layer (for stacked kinds), and the slots of its largest stack. */
  stacks: Record<string, { stacks: Stack[]; slots: number }>;
}

export function mapSources(layers: readonly CatalogLayer[], byLayer: Record<string, FeatureCollection>, attribution: string): MapSources {
  const sources: Record<string, SourceInput> = {};
  const stacks: MapSources['stacks'] = {};
  for (const entry of layers) {
    const data = byLayer[entry.id];
    if (!data) continue;
    if (kindOf(entry.schema).stacks) {
      const layout = stackLayout(data);
      sources[sourceIdFor(entry.id)] = { data: layout.display, attribution };
      sources[stackSourceIdFor(entry.id)] = { data: layout.stackFeatures };
      stacks[entry.id] = { stacks: layout.stacks, slots: layout.slots };
    } else sources[sourceIdFor(entry.id)] = { data, attribution };
    if (styleKinds[entry.style].labelPoints) sources[labelSourceIdFor(entry.id)] = { data: labelPoints(data) };
  }
  return { sources, stacks };
}

export interface LayerState {
  visible: ReadonlySet<string>;
  opacity: Record<string, number>;
  lang: Lang;
  theme: Theme;
  filters: Record<string, LayerContext['filter']>;
  choropleth: LayerContext['choropleth'];
  stacks: MapSources['stacks'];
}

export function mapLayers(layers: readonly CatalogLayer[], s: LayerState): LayerSpecification[] {
  return drawOrder(
    layers.map((entry) =>
      buildLayerSpecs({
        entry,
        visible: s.visible.has(entry.id),
        opacity: s.opacity[entry.id] ?? entry.opacity,
        lang: s.lang,
        theme: s.theme,
        filter: s.filters[entry.id],
        choropleth: entry.style === 'county-choropleth' ? s.choropleth : undefined,
        stackSlots: s.stacks[entry.id]?.slots,
      }),
    ),
  );
}

/** The count feature-states of every stack, from the ids each filtered layer shows. */
export function stackStates(stacks: MapSources['stacks'], shownIds: Record<string, ReadonlySet<string>>, byLayer: Record<string, FeatureCollection>): StateEntry[] {
  return Object.entries(stacks).flatMap(([layerId, { stacks: list }]) => {
    const shown = shownIds[layerId] ?? new Set(byLayer[layerId]?.features.map((f) => String(f.properties?.id)) ?? []);
    return stackCounts(stackSourceIdFor(layerId), list, shown);
  });
}
