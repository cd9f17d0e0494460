/**
 * One TanStack Query options factory per dataset. Everything fetched is checked with the same
 * zod schemas the CLI validator uses; a file that fails shows its problems instead of a map.
 */
import { queryOptions } from '@tanstack/react-query';
import Papa from 'papaparse';
import type { FeatureCollection } from 'geojson';
import { geodataUrl, seedUrl } from './geodataUrl';
import { catalogSchema, documentsSchema, populationRow, sourceRegistrySchema, zoneTargetRow, type CatalogLayer, type PopulationRow, type SchemaName, type ZoneTargetRow } from './schemas';
import { formatProblem, validateFeatureCollection, validateRows } from './validateGeodata';
import { populationByCounty } from './population';

async function fetchUrl(url: string, name: string): Promise<string> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${name}: HTTP ${res.status}`);
  return res.text();
}
const fetchText = (path: string) => fetchUrl(geodataUrl(path), `geodata/${path}`);

export class GeodataError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.slice(0, 5).join('\n'));
  }
}

export const catalogQuery = queryOptions({
  queryKey: ['geodata', 'catalog'],
  queryFn: async () => catalogSchema.parse(JSON.parse(await fetchText('catalog.json'))),
  staleTime: Infinity,
});

export const sourcesQuery = queryOptions({
  queryKey: ['geodata', 'sources'],
  queryFn: async () => sourceRegistrySchema.parse(JSON.parse(await fetchText('sources.json'))),
  staleTime: Infinity,
});

export const documentsQuery = queryOptions({
  queryKey: ['geodata', 'documents'],
  queryFn: async () => documentsSchema.parse(JSON.parse(await fetchText('documents.json'))),
  staleTime: Infinity,
});

/** A seed document's lines, for the source viewer (fetched when first opened, kept for the session). */
export const seedTextQuery = (file: string) =>
  queryOptions({
    queryKey: ['seeds', file],
    queryFn: async () => (await fetchUrl(seedUrl(file), `seeds/${file}`)).split('\n'),
    staleTime: Infinity,
  });

export async function loadFeatureCollection(file: string, schema: SchemaName, knownSources: ReadonlySet<string>): Promise<FeatureCollection> {
  const json: unknown = JSON.parse(await fetchText(file));
  const problems = validateFeatureCollection(`geodata/${file}`, json, schema, { knownSources });
  if (problems.length) throw new GeodataError(problems.map(formatProblem));
  return json as FeatureCollection;
}

export const layerDataQuery = (entry: CatalogLayer, knownSources: ReadonlySet<string>) =>
  queryOptions({
    queryKey: ['geodata', 'layer', entry.file],
    queryFn: () => loadFeatureCollection(entry.file, entry.schema, knownSources),
    staleTime: Infinity,
  });

async function loadCsv<T>(file: string, schema: Parameters<typeof validateRows>[2]): Promise<T[]> {
  const parsed = Papa.parse<Record<string, string>>(await fetchText(file), { header: true, skipEmptyLines: true });
  const problems = validateRows(`geodata/${file}`, parsed.data, schema);
  if (problems.length) throw new GeodataError(problems.map(formatProblem));
  return parsed.data as T[];
}

export const populationQuery = queryOptions({
  queryKey: ['geodata', 'population', 'county'],
  queryFn: async () => populationByCounty(await loadCsv<PopulationRow>('population/county-population.csv', populationRow)),
  staleTime: Infinity,
});

export const zoneTargetsQuery = queryOptions({
  queryKey: ['geodata', 'population', 'zone-targets'],
  queryFn: () => loadCsv<ZoneTargetRow>('population/zone-targets.csv', zoneTargetRow),
  staleTime: Infinity,
});
