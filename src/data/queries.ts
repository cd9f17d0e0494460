/**
 * One TanStack Query options factory per dataset. Everything fetched is checked with the same
 * zod schemas the CLI validator uses; a file that fails shows its problems instead of a map.
 */
import { queryOptions } from '@tanstack/react-query';
import type { FeatureCollection } from 'geojson';
import { geodataUrl, seedUrl } from './geodataUrl';
import { catalogSchema, documentsSchema, populationRow, sourceRegistrySchema, zoneTargetRow, type CatalogLayer, type PopulationRow, type SchemaName, type ZoneTargetRow } from './schemas';
import type { z } from 'zod';
import { checkGeojsonText, checkGeojsonValue } from './validate/geojsonFile';
import { checkRows, readCsv } from './validate/csvFile';
import { checkJsonText } from './validate/jsonFile';
import { formatProblem, type Problem } from './validate/problem';
import { t } from './validate/text';
import { CHANGE_COLUMNS, changeRowSchema, type ChangeRow } from './tableSchemas';
import { populationByCounty } from './population';
import { decodeUtf8 } from './validate/encoding';

async function fetchUrl(url: string, name: string): Promise<string> {
  const res = await fetch(url);
  if (!res.ok) throw new GeodataError([{ severity: 'error', code: 'missing-file', file: name, message: t(`无法读取（HTTP ${res.status}）`, `could not be read (HTTP ${res.status})`) }]);
  // Not res.text(): it turns GBK or damaged bytes into U+FFFD without a word.
  const decoded = decodeUtf8(new Uint8Array(await res.arrayBuffer()), name);
  if ('problem' in decoded) throw new GeodataError([decoded.problem]);
  return decoded.text;
}
const fetchText = (path: string) => fetchUrl(geodataUrl(path), `geodata/${path}`);

/** A file that could not be used at all, with its located problems (shown in the UI language). */
export class GeodataError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.slice(0, 5).map((p) => formatProblem(p, 'en')).join('\n'));
  }
}

/** A JSON file checked against a schema; a failure carries located, bilingual problems. */
export async function loadJson<T>(path: string, schema: z.ZodType<T>): Promise<T> {
  const r = checkJsonText(`geodata/${path}`, await fetchText(path), schema);
  if (r.problems.length) throw new GeodataError(r.problems);
  return r.value as T;
}

export const catalogQuery = queryOptions({
  queryKey: ['geodata', 'catalog'],
  queryFn: () => loadJson('catalog.json', catalogSchema),
  staleTime: Infinity,
});

export const sourcesQuery = queryOptions({
  queryKey: ['geodata', 'sources'],
  queryFn: () => loadJson('sources.json', sourceRegistrySchema),
  staleTime: Infinity,
});

export const documentsQuery = queryOptions({
  queryKey: ['geodata', 'documents'],
  queryFn: () => loadJson('documents.json', documentsSchema),
  staleTime: Infinity,
});

/** A seed document's lines, for the source viewer (fetched when first opened, kept for the session). */
export const seedTextQuery = (file: string) =>
  queryOptions({
    queryKey: ['seeds', file],
    queryFn: async () => (await fetchUrl(seedUrl(file), `seeds/${file}`)).split('\n'),
    staleTime: Infinity,
  });

/** A layer file as the app uses it: its valid features, and the problems of the others. */
export interface LayerLoad {
  data: FeatureCollection;
  problems: Problem[];
  /** Features in the file, valid or not. */
  total: number;
}

/** Past this size a layer belongs in tiles, not in one GeoJSON the page parses whole. */
export const MAX_LAYER_BYTES = 30 * 1024 * 1024;

/**
 * Loads one layer file and keeps what is valid: a bad feature is left out and listed, a file that
 * is not JSON or too large gives an empty layer with its problem, so other layers are untouched.
 */
export async function loadFeatureCollection(path: string, schema: SchemaName, knownSources: ReadonlySet<string>): Promise<LayerLoad> {
  const text = await fetchText(path);
  const file = `geodata/${path}`;
  const empty = { type: 'FeatureCollection' as const, features: [] };
  if (text.length > MAX_LAYER_BYTES)
    return { data: empty, total: 0, problems: [{ severity: 'error', code: 'too-large', file, message: t(`文件太大（${(text.length / 1048576).toFixed(0)} MB），浏览器不加载超过 ${MAX_LAYER_BYTES / 1048576} MB 的图层`, `the file is too large (${(text.length / 1048576).toFixed(0)} MB): the browser loads layers up to ${MAX_LAYER_BYTES / 1048576} MB`), fix: t('简化几何，或切成矢量瓦片（PMTiles）', 'simplify the geometry, or cut it into vector tiles (PMTiles)') }] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { data: empty, total: 0, problems: checkGeojsonText(file, text, schema, { knownSources }).problems };
  }
  const ctx = { knownSources };
  let result = checkGeojsonValue(file, value, schema, ctx);
  // Lines and columns only when there is something to place (building the syntax tree costs time).
  if (result.problems.length) result = checkGeojsonText(file, text, schema, ctx);
  return { data: { type: 'FeatureCollection', features: result.valid }, problems: result.problems, total: result.total };
}

export const layerDataQuery = (entry: CatalogLayer, knownSources: ReadonlySet<string>) =>
  queryOptions({
    queryKey: ['geodata', 'layer', entry.file],
    queryFn: () => loadFeatureCollection(entry.file, entry.schema, knownSources),
    staleTime: Infinity,
  });

async function loadCsv<T>(path: string, schema: z.ZodType): Promise<T[]> {
  const file = `geodata/${path}`;
  const table = readCsv(file, await fetchText(path));
  const { problems, valid } = checkRows(file, table.rows, schema);
  if (table.problems.length || problems.length) throw new GeodataError([...table.problems, ...problems]);
  return valid.map((r) => ({ ...r.cells }) as T);
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

/** The dated changes of projects (status, investment, schedule), for the panel's history. */
export const changesQuery = queryOptions({
  queryKey: ['geodata', 'projects', 'changes'],
  queryFn: async () => {
    const file = 'geodata/projects/changes.csv';
    const table = readCsv(file, await fetchText('projects/changes.csv'), CHANGE_COLUMNS, true);
    const { valid } = checkRows(file, table.rows, changeRowSchema, 'project_id');
    return valid.map((r) => ({ ...r.cells }) as ChangeRow);
  },
  staleTime: Infinity,
});
