/**
 * projects/projects.geojson from projects/projects.csv (one row per project) and
 * projects/changes.csv (what later documents say: dated, each with its own source). Each row is
 * checked (schema, quotes against its cited seed lines), placed (see src/data/projectPlacement.ts)
 * and given its latest state; the first state stays beside it as `orig_*` for the panel's history.
 * Rows without a place stay in the table and are left out of the map. Bad rows are reported with
 * their line and left out; the others are still built.
 */
import { usableFeatures } from '../../lib/usableFeatures';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { COUNTY_NAMES } from '../../../src/domain/counties';
import { CHANGE_COLUMNS, PROJECT_COLUMNS, changeRowSchema, projectRowSchema, siteRowSchema, type ChangeRow, type ProjectRow } from '../../../src/data/tableSchemas';
import { checkRows, readCsv, type CsvRow } from '../../../src/data/validate/csvFile';
import { projectQuoteProblems } from '../../../src/data/validate/projectQuotes';
import { isPlacement, placeProject, type Places } from '../../../src/data/projectPlacement';
import type { Problem } from '../../../src/data/validate/problem';
import { t } from '../../../src/data/validate/text';
import type { Tree } from '../../lib/tree';
import type { Base, Step } from './step';

import { NUMERIC, applyChanges } from '../../../src/data/projectChanges';
export { CHANGING } from '../../../src/data/projectChanges';

export function readTable(tree: Tree, rel: string, columns: readonly string[], schema: Parameters<typeof checkRows>[2], idColumn = 'id', allowEmpty = false): CsvRow[] | undefined {
  const file = tree.name(rel);
  const text = tree.text(rel);
  if (text === undefined) return undefined;
  const table = readCsv(file, text, columns, allowEmpty);
  const { problems, valid } = checkRows(file, table.rows, schema, idColumn);
  tree.problems.push(...table.problems, ...problems);
  return valid;
}

export function loadPlaces(tree: Tree, base: Base): Places {
  const towns = usableFeatures<Point>(tree.json<FeatureCollection>('places/towns.geojson')?.features, ['Point']);
  const sites = (readTable(tree, 'places/sites.csv', ['id', 'name_zh', 'lng', 'lat', 'source_doc'], siteRowSchema) ?? []).map((r) => r.cells as Places['sites'][number]);
  return { towns, seats: base.seats, counties: [...base.counties.values()], sites };
}

/** Checks, places and updates every row; returns the features and the problems (with lines). */
export interface ProjectRefs {
  knownSources: ReadonlySet<string>;
  /** The date of the document a citation lies in, to check a change's date against. */
  dateOf(doc: string, lines: string | undefined): string | undefined;
}

export function resolveProjects(tree: Tree, base: Base, refs?: ProjectRefs): Feature<Point>[] | undefined {
  const rows = readTable(tree, 'projects/projects.csv', PROJECT_COLUMNS, projectRowSchema);
  if (!rows) return undefined;
  const changes = readTable(tree, 'projects/changes.csv', CHANGE_COLUMNS, changeRowSchema, 'project_id', true) ?? [];
  const places = loadPlaces(tree, base);
  const file = tree.name('projects/projects.csv');
  const problems: Problem[] = [];
  const ids = new Map<string, number>();
  const byProject = new Map<string, CsvRow[]>();
  for (const c of changes) byProject.set(c.cells.project_id!, [...(byProject.get(c.cells.project_id!) ?? []), c]);

  const features: Feature<Point>[] = [];
  for (const csvRow of rows) {
    const row = { ...csvRow.cells } as ProjectRow;
    const at = (property: string) => ({ file, line: csvRow.line, column: csvRow.columns[property] ?? 1, feature: row.id, property });
    const first = ids.get(row.id);
    if (first !== undefined) {
      problems.push({ severity: 'error', code: 'duplicate-id', ...at('id'), message: t(`id 重复：第 ${first} 行也使用该 id`, `duplicate id, also used on line ${first}`), fix: t('每个项目使用自己的 id', 'give each project its own id') });
      continue;
    }
    ids.set(row.id, csvRow.line);
    const quoteProblems = projectQuoteProblems(file, csvRow, tree.seeds);
    problems.push(...quoteProblems);
    const placed = placeProject(row, places);
    if (placed && !isPlacement(placed)) {
      problems.push({ severity: 'error', code: 'place', ...at(placed.property), message: placed.message, fix: placed.fix });
      continue;
    }
    if (quoteProblems.length || !placed) continue;
    // With a county polygon missing (its file is broken, and says so), a place cannot be judged to lie outside it.
    if (row.county_adcode && row.county_adcode !== placed.adcode && base.counties.size === Object.keys(COUNTY_NAMES).length) {
      problems.push({ severity: 'error', code: 'wrong-county', ...at('county_adcode'), message: t(`地点在${COUNTY_NAMES[placed.adcode]?.zh ?? '温州县界之外'}，但 county_adcode 是 ${row.county_adcode}`, `the place lies in ${COUNTY_NAMES[placed.adcode]?.en ?? 'no Wenzhou county'}, but county_adcode is ${row.county_adcode}`), fix: t('改正地点或县级代码', 'fix the place or the county code') });
      continue;
    }
    row.county_adcode ||= placed.adcode;
    row.counties_zh ||= COUNTY_NAMES[placed.adcode]?.zh ?? '';
    row.geometry_quality = placed.quality;
    row.geometry_source = placed.source;

    const props: Record<string, string | number | boolean> = {};
    for (const c of PROJECT_COLUMNS) {
      const v = row[c];
      if (!v || c === 'lng' || c === 'lat' || c === 'place_zh') continue;
      props[c] = NUMERIC.has(c) ? Number(v) : c === 'inferred' ? true : v;
    }
    if (row.place_zh) props.place_zh = row.place_zh;
    applyChanges(props, (byProject.get(row.id) ?? []).map((c) => c.cells as ChangeRow));
    features.push({ type: 'Feature', properties: props, geometry: { type: 'Point', coordinates: placed.coords } });
  }
  const cfile = tree.name('projects/changes.csv');
  for (const c of changes) {
    if (!ids.has(c.cells.project_id!))
      problems.push({ severity: 'error', code: 'unknown-project', file: cfile, line: c.line, column: c.columns.project_id ?? 1, feature: c.cells.project_id, property: 'project_id', message: t(`项目 ${c.cells.project_id} 不在 projects.csv 中`, `project ${c.cells.project_id} is not in projects.csv`), fix: t('写 projects.csv 中已有的 id', 'use an id from projects.csv') });
    problems.push(...projectQuoteProblems(cfile, c, tree.seeds, 'change'));
    const doc = c.cells.source_doc!;
    if (refs && !refs.knownSources.has(doc))
      problems.push({ severity: 'error', code: 'unknown-source', file: cfile, line: c.line, column: c.columns.source_doc ?? 1, feature: c.cells.project_id, property: 'source_doc', message: t(`未知来源“${doc}”`, `unknown source "${doc}"`), fix: t('先在 geodata/sources.json 登记该文件（标题、文号、日期；文本不在 seeds/ 时写 "kind": "document"）', 'register the document in geodata/sources.json first (title, 文号, date; "kind": "document" when its text is not in seeds/)') });
    const date = refs?.dateOf(doc, c.cells.source_lines || undefined);
    if (date && !date.startsWith(c.cells.date!) && !c.cells.date!.startsWith(date))
      problems.push({ severity: 'warning', code: 'change-date', file: cfile, line: c.line, column: c.columns.date ?? 1, feature: c.cells.project_id, property: 'date', message: t(`日期 ${c.cells.date} 与所引文件的日期 ${date} 不同`, `date ${c.cells.date} differs from the cited document's date ${date}`), fix: t('写所引文件的日期', "write the cited document's date") });
  }
  if (refs)
    for (const r of rows)
      if (!refs.knownSources.has(r.cells.source_doc!))
        problems.push({ severity: 'error', code: 'unknown-source', file, line: r.line, column: r.columns.source_doc ?? 1, feature: r.cells.id, property: 'source_doc', message: t(`未知来源“${r.cells.source_doc}”`, `unknown source "${r.cells.source_doc}"`), fix: t('写 seeds/ 中的文件名或 sources.json 中登记的 id', 'use a seed file name or an id registered in geodata/sources.json') });
  tree.problems.push(...problems);
  return features;
}

export const projectsStep: Step = {
  output: 'projects/projects.geojson',
  inputs: ['projects/projects.csv', 'projects/changes.csv', 'places/towns.geojson', 'places/sites.csv', 'admin/county-seats.geojson', 'admin/counties.geojson'],
  run(tree, base) {
    const features = resolveProjects(tree, base);
    return features && { type: 'FeatureCollection', features };
  },
};
