/**
 * What a story may refer to, from loaded data: the browser's editor and the dev server's
 * write-back build it from the same files `npm run validate` reads, so all three judge a story alike.
 */
import type { FeatureCollection } from 'geojson';
import type { Catalog, SeedDocument, SourceRegistry } from '../data/schemas';
import { layersWithRole } from '../domain/layerKinds';
import type { StoryContext } from './storyReferences';

export function storyContextOf(catalog: Catalog, dataOf: (layerId: string) => FeatureCollection | undefined, registry: SourceRegistry, documents: readonly SeedDocument[]): StoryContext {
  const ids = (fc: FeatureCollection | undefined, key = 'id') => new Set((fc?.features ?? []).map((f) => String(f.properties?.[key])));
  const [rail] = layersWithRole(catalog.layers, 'rail-lines');
  return {
    features: new Map(catalog.layers.map((l) => [l.id, ids(dataOf(l.id))])),
    railLines: rail ? ids(dataOf(rail.id), 'line_id') : new Set(),
    sources: new Set(registry.map((s) => s.id)),
    documents,
  };
}
