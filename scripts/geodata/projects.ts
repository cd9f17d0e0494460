/**
 * Key projects (重点项目): one point per project that the seeds name with a county, a town or a site.
 *
 * The table is scripts/geodata/projects.csv (one row per project, edited in a spreadsheet). This step
 * checks every row against its seed lines (name, status word, quoted text, and for the 000 list every
 * cell), places it, and writes geodata/projects/projects.geojson. Rows without a place (city-wide or no
 * county in any seed) stay in the CSV and are left out of the GeoJSON.
 *
 * Placement (column location_precision, with place_zh):
 *   town   → the 乡镇/街道 point place_zh of the Vonng town list (GCJ-02 → WGS-84), geometry_quality derived
 *   county → the county-seat point of geodata/admin/county-seats.geojson,        geometry_quality schematic
 *   site   → a named point of stations.csv (rail station, airport),               geometry_quality derived
 *   (empty) → not placed
 * lng/lat in the CSV are the resolved coordinates. Leave them empty when adding or moving a row: the
 * build resolves them; if they are filled they must match what the build resolves.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { pointToWgs84, readJson, round6, type BuildContext, type BuildStep } from '../lib/geo';
import { COUNTY_NAMES } from '../../src/domain/counties';
import { PROJECT_STATUSES, PROJECT_SUBCATEGORY } from '../../src/domain/vocabulary';

export const PROJECTS_CSV = join(import.meta.dirname, 'projects.csv');

export const PROJECT_COLUMNS = [
  'id', 'name_zh', 'name_en', 'category', 'subcategory', 'category_basis', 'status', 'status_zh',
  'county_adcode', 'counties_zh', 'investment_total_yi', 'investment_plan_yi', 'start_year', 'end_year',
  'investor_type_zh', 'responsible_zh', 'location_precision', 'place_zh', 'lng', 'lat', 'location_note_zh', 'location_note_en',
  'geometry_quality', 'geometry_source', 'inferred', 'inferred_note_zh', 'inferred_note_en', 'source_doc', 'source_lines',
  'also_cited', 'text_zh',
] as const;
export type ProjectRow = Record<(typeof PROJECT_COLUMNS)[number], string>;

const STATUSES = new Set<string>(PROJECT_STATUSES);
const PRECISIONS = new Set(['', 'town', 'county', 'site']);

/** Named sites with a real coordinate in stations.csv (WGS-84 rows only) and the dataset id to cite. */
const SITES: Record<string, { match: (name: string, crs: string) => boolean; source: string }> = {
  温州龙湾国际机场: { match: (n, crs) => n.startsWith('温州龙湾国际机场') && crs === 'WGS-84', source: 'zhwiki-infobox-coords' },
  温州北: { match: (n, crs) => n === '温州北' && crs.startsWith('WGS-84'), source: 'rail-stations-heywhale' },
  乐清: { match: (n, crs) => n === '乐清' && crs.startsWith('WGS-84'), source: 'rail-stations-heywhale' },
  瑞安: { match: (n, crs) => n === '瑞安' && crs.startsWith('WGS-84'), source: 'rail-stations-heywhale' },
};

const nameToAdcode = new Map(Object.entries(COUNTY_NAMES).map(([code, n]) => [n.zh, code]));
const squash = (s: string) => s.replace(/\s+/g, '').replaceAll('**', '');
const fail = (row: ProjectRow, msg: string): never => {
  throw new Error(`projects.csv ${row.id || '(no id)'} ${row.name_zh}: ${msg}`);
};

export function readProjectRows(file = PROJECTS_CSV): ProjectRow[] {
  const parsed = Papa.parse<ProjectRow>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true });
  if (parsed.errors.length) throw new Error(`projects.csv: ${parsed.errors.map((e) => `row ${e.row}: ${e.message}`).join('; ')}`);
  const cols = parsed.meta.fields ?? [];
  const missing = PROJECT_COLUMNS.filter((c) => !cols.includes(c));
  if (missing.length) throw new Error(`projects.csv: missing column(s) ${missing.join(', ')}`);
  return parsed.data.map((r) => Object.fromEntries(PROJECT_COLUMNS.map((c) => [c, (r[c] ?? '').trim()])) as ProjectRow);
}

/** Lines of a seed, and the text of a `L12,L30-L41` range (whitespace removed, as the PDF breaks words). */
function seedReader(seeds: string) {
  const cache = new Map<string, string[]>();
  const lines = (doc: string) => {
    if (!cache.has(doc)) cache.set(doc, readFileSync(join(seeds, doc), 'utf8').split('\n'));
    return cache.get(doc)!;
  };
  const range = (doc: string, spec: string): number[] =>
    spec.split(',').flatMap((part) => {
      const [a, b] = part.replaceAll('L', '').split('-').map(Number) as [number, number | undefined];
      return Array.from({ length: (b ?? a) - a + 1 }, (_, i) => a + i);
    }).filter((n) => n >= 1 && n <= lines(doc).length);
  const text = (doc: string, spec: string) => range(doc, spec).map((n) => squash(lines(doc)[n - 1] ?? '')).join('');
  return { lines, range, text };
}

/** True when the parts of `word` split at "…" occur in order in `text` (…stands for the project name). */
const containsInOrder = (text: string, word: string) => {
  let at = 0;
  for (const part of word.split('…').filter(Boolean)) {
    const i = text.indexOf(squash(part), at);
    if (i < 0) return false;
    at = i + part.length;
  }
  return true;
};

/** Checks a row's facts against the seed text it cites. */
function checkRow(row: ProjectRow, seeds: ReturnType<typeof seedReader>) {
  const req = ['id', 'name_zh', 'name_en', 'category', 'subcategory', 'source_doc', 'source_lines'] as const;
  for (const c of req) if (!row[c]) fail(row, `"${c}" is empty`);
  if (!/^p\d{3}-\d{3}$/.test(row.id)) fail(row, 'id must look like p000-001');
  if (!/^L\d+(-L\d+)?(,L\d+(-L\d+)?)*$/.test(row.source_lines)) fail(row, `source_lines "${row.source_lines}" must look like L12 or L12-L14`);
  // The 2023 plan's taxonomy (seed 002 L126-L197), from the one vocabulary the app uses.
  const sub = PROJECT_SUBCATEGORY[row.subcategory as keyof typeof PROJECT_SUBCATEGORY];
  if (!sub) fail(row, `subcategory "${row.subcategory}" is not one of ${Object.keys(PROJECT_SUBCATEGORY).join(' ')}`);
  if (sub!.category !== row.category) fail(row, `category must be ${sub!.category} for ${row.subcategory}`);
  if (row.status && !STATUSES.has(row.status)) fail(row, `status "${row.status}" must be one of ${[...STATUSES].join(', ')}`);
  if (row.status && !row.status_zh) fail(row, 'status_zh (the seed\'s own word) is empty');
  if (!PRECISIONS.has(row.location_precision)) fail(row, `location_precision must be town, county, site or empty`);
  if (row.inferred && row.inferred !== 'true') fail(row, 'inferred must be "true" or empty');
  if (row.inferred && !(row.inferred_note_zh && row.inferred_note_en)) fail(row, 'inferred rows need inferred_note_zh and inferred_note_en (what was inferred, in both languages)');
  for (const note of ['location_note', 'inferred_note'] as const)
    if (!row[`${note}_zh`] !== !row[`${note}_en`]) fail(row, `${note}_zh and ${note}_en go together: write the note in both languages`);
  for (const c of ['investment_total_yi', 'investment_plan_yi'] as const)
    if (row[c] && !/^\d+(\.\d+)?$/.test(row[c])) fail(row, `${c} "${row[c]}" is not a number`);
  for (const c of ['start_year', 'end_year'] as const) if (row[c] && !/^(19|20)\d\d$/.test(row[c])) fail(row, `${c} "${row[c]}" is not a year`);

  let lines: string[];
  try {
    lines = seeds.lines(row.source_doc);
  } catch {
    return fail(row, `source_doc ${row.source_doc} is not a file in seeds/`);
  }
  const text = seeds.text(row.source_doc, row.source_lines);
  const first = seeds.range(row.source_doc, row.source_lines)[0]!;
  const cells = (lines[first - 1] ?? '').split('\t');
  if (row.source_doc.startsWith('000_') && cells.length === 9 && first >= 1010 && first <= 1122) {
    // A row of 附件1 温州市“十四五”旅游重点项目清单: every cell must match the seed exactly.
    const [, name, content, county, years, total, plan, investor, responsible] = cells.map((c) => c.trim()) as string[];
    const want: [string, string | undefined][] = [
      ['name_zh', squash(name!)], ['text_zh', content], ['counties_zh', county], ['investment_total_yi', total],
      ['investment_plan_yi', plan === '/' ? '' : plan], ['investor_type_zh', squash(investor!)], ['responsible_zh', squash(responsible!)],
      ['start_year', /^\d{4}-\d{4}$/.test(years!) ? years!.slice(0, 4) : ''], ['end_year', /^\d{4}-\d{4}$/.test(years!) ? years!.slice(5) : ''],
    ];
    for (const [col, value] of want)
      if (row[col as keyof ProjectRow] !== value) fail(row, `${col} "${row[col as keyof ProjectRow]}" differs from the seed cell "${value}" (${row.source_doc} L${first})`);
  } else {
    if (!text.includes(squash(row.name_zh))) fail(row, `name_zh not found in ${row.source_doc} ${row.source_lines}`);
    if (row.text_zh && !text.includes(squash(row.text_zh))) fail(row, `text_zh is not verbatim in ${row.source_doc} ${row.source_lines}`);
    if (row.text_zh && !squash(row.text_zh).includes(squash(row.name_zh))) fail(row, 'text_zh (the quoted clause) must contain name_zh');
    for (const c of ['investment_total_yi', 'investment_plan_yi'] as const)
      if (row[c] && !text.includes(row[c])) fail(row, `${c} ${row[c]} is not in ${row.source_doc} ${row.source_lines}`);
  }
  if (row.status_zh) {
    // 000 rows: the status is the nearest section header (续建类/新建类/谋划类) above the row.
    // Other rows: the word must be in the cited lines (the quoted clause, or e.g. a news item's
    // 签约仪式 around it).
    const header = lines.slice(1009, first).reverse().find((l) => l.split('\t')[0]!.includes('类项目')) ?? '';
    const ok = row.source_doc.startsWith('000_') ? containsInOrder(squash(header), row.status_zh) : containsInOrder(text, row.status_zh);
    if (!ok) fail(row, `status_zh "${row.status_zh}" is not in the quoted clause or ${row.source_doc} ${row.source_lines}`);
  }
  for (const name of row.counties_zh ? row.counties_zh.split('、') : [])
    if (!nameToAdcode.has(name)) fail(row, `counties_zh has an unknown county "${name}"`);
  if (row.county_adcode && !COUNTY_NAMES[row.county_adcode]) fail(row, `county_adcode ${row.county_adcode} is not a Wenzhou county`);
  if (row.county_adcode && row.counties_zh && nameToAdcode.get(row.counties_zh.split('、')[0]!) !== row.county_adcode)
    fail(row, 'county_adcode must be the first county of counties_zh');
}

interface Placement { coords: [number, number]; adcode: string; quality: 'derived' | 'schematic'; source: string }

/** Loads the point datasets once and resolves a row to a point (or null when it is not placed). */
function placer(ctx: BuildContext) {
  const towns = readJson<FeatureCollection<Point>>(ctx.sources, 'wenzhou_town_points_vonng_gcj02.geojson').features
    .filter((f) => f.properties!.level !== 'county');
  const seats = readJson<FeatureCollection<Point>>(ctx.geodata, 'admin/county-seats.geojson').features;
  const counties = readJson<FeatureCollection<Polygon | MultiPolygon>>(ctx.geodata, 'admin/counties.geojson').features;
  const stations = Papa.parse<Record<string, string>>(readFileSync(join(ctx.sources, 'stations.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
  const countyOf = (c: [number, number]) =>
    String(counties.find((f) => turf.booleanPointInPolygon(c, f as Feature<Polygon | MultiPolygon>))?.properties!.adcode ?? '');

  return (row: ProjectRow): Placement | null => {
    switch (row.location_precision) {
      case '':
        if (row.place_zh || row.lng || row.lat) fail(row, 'place_zh/lng/lat are set but location_precision is empty');
        return null;
      case 'county': {
        const seat = seats.find((f) => f.properties!.adcode === row.county_adcode);
        if (!seat) return fail(row, 'location_precision county needs county_adcode');
        return { coords: seat.geometry.coordinates as [number, number], adcode: row.county_adcode, quality: 'schematic', source: 'vonng-adcode-towns' };
      }
      case 'town': {
        const inCounty = towns.filter((f) => f.properties!.name === row.place_zh &&
          (!row.county_adcode || String(f.properties!.county_adcode) === row.county_adcode));
        const town = inCounty.length === 1 ? inCounty[0] : undefined;
        if (!town) return fail(row, `town "${row.place_zh}" ${inCounty.length ? 'is ambiguous' : 'is not'} in the town dataset${row.county_adcode ? ` for ${row.county_adcode}` : ''}`);
        const [lng, lat] = town.geometry.coordinates as [number, number];
        return { coords: pointToWgs84(lng, lat), adcode: String(town.properties!.county_adcode), quality: 'derived', source: 'vonng-adcode-towns' };
      }
      case 'site': {
        const site = SITES[row.place_zh];
        const rec = site && stations.find((s) => site.match(s.name ?? '', s.crs ?? ''));
        if (!site || !rec) return fail(row, `site "${row.place_zh}" is not one of ${Object.keys(SITES).join(', ')}`);
        const coords: [number, number] = [round6(Number(rec.lng)), round6(Number(rec.lat))];
        return { coords, adcode: countyOf(coords), quality: 'derived', source: site.source };
      }
      default:
        return fail(row, `unknown location_precision "${row.location_precision}"`);
    }
  };
}

/** Checks and places every row; returns the rows with lng/lat and county filled in, and the features. */
export function resolveProjects(ctx: BuildContext, rows = readProjectRows()) {
  const seeds = seedReader(ctx.seeds);
  const place = placer(ctx);
  const ids = new Set<string>();
  const features: Feature<Point>[] = [];
  const resolved = rows.map((input) => {
    const row = { ...input };
    if (ids.has(row.id)) fail(row, 'duplicate id');
    ids.add(row.id);
    checkRow(row, seeds);
    const p = place(row);
    if (!p) {
      if (row.geometry_quality || row.geometry_source) fail(row, 'unplaced rows leave geometry_quality/geometry_source empty');
      return row;
    }
    if (row.county_adcode && row.county_adcode !== p.adcode)
      fail(row, `placed in ${COUNTY_NAMES[p.adcode]?.zh ?? 'no county'} but county_adcode is ${row.county_adcode}`);
    if (!row.county_adcode) {
      row.county_adcode = p.adcode;
      row.counties_zh ||= COUNTY_NAMES[p.adcode]!.zh;
    }
    if ((row.lng || row.lat) && (Math.abs(Number(row.lng) - p.coords[0]) > 1e-6 || Math.abs(Number(row.lat) - p.coords[1]) > 1e-6))
      fail(row, `lng/lat ${row.lng},${row.lat} differ from the resolved point ${p.coords.join(',')}: clear them to re-resolve`);
    if ((row.geometry_quality && row.geometry_quality !== p.quality) || (row.geometry_source && row.geometry_source !== p.source))
      fail(row, `geometry_quality/geometry_source must be ${p.quality}/${p.source}`);
    row.lng = String(p.coords[0]);
    row.lat = String(p.coords[1]);
    row.geometry_quality = p.quality;
    row.geometry_source = p.source;

    const props: Record<string, string | number | boolean> = {};
    for (const c of PROJECT_COLUMNS) {
      const v = row[c];
      if (!v || c === 'lng' || c === 'lat' || c === 'place_zh') continue;
      if (['investment_total_yi', 'investment_plan_yi', 'start_year', 'end_year'].includes(c)) props[c] = Number(v);
      else if (c === 'inferred') props[c] = true;
      else props[c] = v;
    }
    if (row.place_zh) props.place_zh = row.place_zh;
    features.push({ type: 'Feature', properties: props, geometry: { type: 'Point', coordinates: p.coords } });
    return row;
  });
  return { rows: resolved, features };
}

export const buildProjects: BuildStep = (ctx) => ({
  'projects/projects.geojson': { type: 'FeatureCollection', features: resolveProjects(ctx).features },
});
