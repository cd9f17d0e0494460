/**
 * Loads every catalog layer and prepares it for the map once: the population table joined to the
 * counties, and the projects given their structure zones. Nothing here re-runs on a filter change.
 */
import { useMemo } from 'react';
import { useQueries, useQuery } from '@tanstack/react-query';
import type { FeatureCollection } from 'geojson';
import type { Catalog } from '../data/schemas';
import { layerDataQuery, populationQuery } from '../data/queries';
import { joinPopulation } from '../data/population';
import { assignZones } from '../data/projectZones';

export interface Geodata {
  /** Layer id → its features, prepared (joined, zoned). Missing while loading. */
  byLayer: Record<string, FeatureCollection>;
  errors: string[];
}

export function useGeodata(catalog: Catalog, knownSources: ReadonlySet<string>): Geodata {
  const population = useQuery(populationQuery);
  // One query per file: several layers may draw the same file (counties and the choropleth).
  const files = useMemo(() => [...new Map(catalog.layers.map((l) => [l.file, l])).values()], [catalog]);
  const queries = useQueries({ queries: files.map((entry) => layerDataQuery(entry, knownSources)) });
  const layers = catalog.layers.map((l) => queries[files.findIndex((f) => f.file === l.file)]);
  const dataKey = queries.map((q) => q.dataUpdatedAt).join();

  const byLayer = useMemo(() => {
    const raw: Record<string, FeatureCollection> = {};
    catalog.layers.forEach((entry, i) => {
      const data = layers[i]?.data;
      if (data) raw[entry.id] = data;
    });
    // A layer the projects depend on: its data, or null when it is absent or failed (go on without it).
    const dependency = (schema: string): FeatureCollection | null | 'pending' => {
      const i = catalog.layers.findIndex((l) => l.schema === schema);
      if (i < 0 || layers[i]?.isError) return null;
      return raw[catalog.layers[i]!.id] ?? 'pending';
    };
    const zones = dependency('structure-zone');
    const nodes = dependency('structure-node');
    const out: Record<string, FeatureCollection> = {};
    for (const entry of catalog.layers) {
      const data = raw[entry.id];
      if (!data) continue;
      if (entry.schema === 'county') {
        // Counties wait for the population table, so that their data goes to the map once, joined;
        // layers drawing the same file share one joined copy.
        if (population.isPending) continue;
        const same = catalog.layers.find((l) => l.file === entry.file && out[l.id]);
        out[entry.id] = same ? out[same.id]! : population.data ? joinPopulation(data, population.data) : data;
      } else if (entry.schema === 'project') {
        // Zone membership is computed from the zone polygons, so projects wait for them.
        if (zones === 'pending' || nodes === 'pending') continue;
        out[entry.id] = assignZones(data, zones ?? { type: 'FeatureCollection', features: [] }, nodes ?? { type: 'FeatureCollection', features: [] });
      } else out[entry.id] = data;
    }
    return out;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- dataKey stands for the layer queries
  }, [catalog, dataKey, population.data, population.isPending]);

  const errors = [
    ...queries.flatMap((q, i) => (q.error ? [`${files[i]!.title.zh}: ${q.error.message}`] : [])),
    ...(population.error ? [population.error.message] : []),
  ];
  return { byLayer, errors };
}
