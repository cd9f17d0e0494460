/**
 * Loads every catalog layer (one query per file) and prepares it once (prepareLayers.ts). Nothing
 * here re-runs on a filter change.
 */
import { useMemo } from 'react';
import { useQueries, useQuery } from '@tanstack/react-query';
import type { FeatureCollection } from 'geojson';
import type { Catalog } from '../data/schemas';
import { GeodataError, layerDataQuery, populationQuery, type LayerLoad } from '../data/queries';
import type { Problem } from '../data/validate/problem';
import { prepareLayers, type Loaded } from '../data/prepareLayers';

export interface Geodata {
  /** Layer id → its features, prepared (joined, zoned). Missing while loading. */
  byLayer: Record<string, FeatureCollection>;
  /** Layer id → the problems of its file (features left out, or why the file gave nothing). */
  problems: Record<string, Problem[]>;
  /** Layer id → its valid features exactly as in the file (no derived fields), for exports. */
  sources: Record<string, FeatureCollection>;
  /** Files that could not be read at all (missing, HTTP error), and the population table. */
  errors: Problem[];
}

const asProblems = (error: unknown, file: string): Problem[] =>
  error instanceof GeodataError ? error.problems : [{ severity: 'error', code: 'load', file, message: { zh: String(error), en: String(error) } }];

/** `edited`: file → what its local edits give; it replaces the file as loaded (the map draws the edits). */
export function useGeodata(catalog: Catalog, knownSources: ReadonlySet<string>, edited: Readonly<Record<string, LayerLoad>> = {}): Geodata {
  const population = useQuery(populationQuery);
  // One query per file: several layers may draw the same file (counties and the choropleth).
  const files = useMemo(() => [...new Map(catalog.layers.map((l) => [l.file, l])).values()], [catalog]);
  const queries = useQueries({ queries: files.map((entry) => layerDataQuery(entry, knownSources)) });
  const loaded = queries.map((q, i) => edited[files[i]!.file] ?? q.data);
  const dataKey = queries.map((q, i) => `${q.status}:${q.dataUpdatedAt}:${editKey(edited[files[i]!.file])}`).join();

  const byLayer = useMemo(() => {
    const raw: Record<string, Loaded> = {};
    for (const entry of catalog.layers) {
      const q = queries[files.findIndex((f) => f.file === entry.file)];
      raw[entry.id] = loaded[files.findIndex((f) => f.file === entry.file)]?.data ?? (q?.isError ? 'failed' : 'pending');
    }
    return prepareLayers(catalog.layers, raw, population.data ?? (population.isError ? 'failed' : 'pending'));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- dataKey stands for the layer queries
  }, [catalog, dataKey, population.data, population.isError]);

  const problems = useMemo(() => {
    const out: Record<string, Problem[]> = {};
    for (const entry of catalog.layers) {
      const q = queries[files.findIndex((f) => f.file === entry.file)];
      const list = loaded[files.findIndex((f) => f.file === entry.file)]?.problems ?? (q?.error ? asProblems(q.error, `geodata/${entry.file}`) : []);
      if (list.length) out[entry.id] = list;
    }
    return out;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- dataKey stands for the layer queries
  }, [catalog, dataKey]);
  const errors = [
    ...queries.flatMap((q, i) => (q.error ? asProblems(q.error, `geodata/${files[i]!.file}`) : [])),
    ...(population.error ? asProblems(population.error, 'geodata/population/county-population.csv') : []),
  ];
  const sources = useMemo(() => {
    const out: Record<string, FeatureCollection> = {};
    for (const entry of catalog.layers) {
      const data = loaded[files.findIndex((f) => f.file === entry.file)]?.data;
      if (data) out[entry.id] = data;
    }
    return out;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- dataKey stands for the layer queries
  }, [catalog, dataKey]);
  return { byLayer, sources, problems, errors };
}

/** A key per edited load that changes when its document does (loads are cached per document). */
const keys = new WeakMap<LayerLoad, number>();
let nextKey = 1;
function editKey(load: LayerLoad | undefined): number {
  if (!load) return 0;
  let k = keys.get(load);
  if (!k) keys.set(load, (k = nextKey++));
  return k;
}
