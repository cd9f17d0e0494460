/**
 * A project's status (or investment, or schedule) is not edited in projects.geojson, which the
 * build makes from tables: it is recorded as a dated row of projects/changes.csv, with the document
 * that says so — the data model's history, written by the app instead of by hand. This module is
 * that row's form (fields from CHANGE_COLUMNS), its check (the build's own zod schema), and the
 * preview: the projects as the build will make them once the rows are written.
 *
 * In an edit session such rows are features with no geometry (properties = the row's cells, plus
 * an `id` of their own), so the one history, autosave and undo serve them like any other change.
 */
import type { Feature, FeatureCollection } from 'geojson';
import { CHANGE_COLUMNS, changeRowSchema, type ChangeRow } from '../data/tableSchemas';
import type { Problem } from '../data/validate/problem';
import { unbi, t } from '../data/validate/text';
import { applyChanges } from '../data/projectChanges';
import { PROJECT_STATUS, type Term } from '../domain/vocabulary';
import { labelOfField, type FieldSpec } from './fieldSpecs';

export const CHANGES_FILE = 'projects/changes.csv';

const L = (zh: string, en: string): Term => ({ zh, en });

/** The form of a new change row (project_id is the selected project's). */
export function changeRowFields(sources: readonly { id: string; label: Term }[]): FieldSpec[] {
  return [
    { key: 'date', kind: 'date', required: true, label: L('所引文件的日期', "Date of the cited document") },
    { key: 'status', kind: 'select', required: false, label: labelOfField('status'), options: Object.entries(PROJECT_STATUS).map(([value, v]) => ({ value, label: { zh: v.zh, en: v.en } })) },
    { key: 'status_zh', kind: 'text', required: false, label: labelOfField('status_zh') },
    { key: 'investment_total_yi', kind: 'number', required: false, label: labelOfField('investment_total_yi'), unit: L('亿元', '×100 M CNY'), min: 0 },
    { key: 'investment_plan_yi', kind: 'number', required: false, label: labelOfField('investment_plan_yi'), unit: L('亿元', '×100 M CNY'), min: 0 },
    { key: 'start_year', kind: 'integer', required: false, label: labelOfField('start_year') },
    { key: 'end_year', kind: 'integer', required: false, label: labelOfField('end_year') },
    { key: 'source_doc', kind: 'select', required: true, label: labelOfField('source_doc'), options: sources.map((s) => ({ value: s.id, label: s.label })) },
    { key: 'source_lines', kind: 'text', required: false, label: labelOfField('source_lines') },
    { key: 'text_zh', kind: 'long-text', required: false, label: L('所引原文', 'Quoted text') },
    { key: 'note_zh', kind: 'long-text', required: false, label: L('说明（中文）', 'Note (Chinese)') },
    { key: 'note_en', kind: 'long-text', required: false, label: L('说明（英文）', 'Note (English)') },
  ];
}

/** The CSV cells of a row from form values (every column present, empty when not stated). */
export function rowCells(projectId: string, values: Record<string, unknown>): ChangeRow {
  return Object.fromEntries(CHANGE_COLUMNS.map((c) => [c, c === 'project_id' ? projectId : values[c] === undefined ? '' : String(values[c])])) as ChangeRow;
}

/** The build's own check of the row, plus the source registry; messages located at the field. */
export function changeRowProblems(cells: ChangeRow, knownSources: ReadonlySet<string>): Problem[] {
  const out: Problem[] = [];
  const r = changeRowSchema.safeParse(cells);
  if (!r.success)
    for (const issue of r.error.issues) {
      const m = unbi(issue.message);
      const [zh, fixZh] = m.zh.split('：修改：');
      const [en, fixEn] = m.en.split(': fix: ');
      out.push({ severity: 'error', code: 'change-row', file: `geodata/${CHANGES_FILE}`, feature: cells.project_id, property: String(issue.path[0] ?? ''), message: { zh: zh!, en: en! }, ...(fixZh && fixEn && { fix: { zh: fixZh, en: fixEn } }) });
    }
  if (cells.source_doc && !knownSources.has(cells.source_doc))
    out.push({ severity: 'error', code: 'unknown-source', file: `geodata/${CHANGES_FILE}`, feature: cells.project_id, property: 'source_doc', message: t(`未知来源“${cells.source_doc}”`, `unknown source "${cells.source_doc}"`), fix: t('先在 geodata/sources.json 登记该文件', 'register the document in geodata/sources.json first') });
  return out;
}

export const rowFeature = (id: string, cells: ChangeRow): Feature => ({ type: 'Feature', geometry: null as never, properties: { id, ...cells } });

export function cellsOf(f: Feature): ChangeRow {
  const p = f.properties ?? {};
  return Object.fromEntries(CHANGE_COLUMNS.map((c) => [c, String(p[c] ?? '')])) as ChangeRow;
}

/** The projects as the build will make them with these new rows (applied after the file's own). */
export function withNewChanges(projects: FeatureCollection, rows: readonly Feature[]): FeatureCollection {
  if (!rows.length) return projects;
  const byProject = new Map<string, ChangeRow[]>();
  for (const r of rows) {
    const c = cellsOf(r);
    byProject.set(c.project_id, [...(byProject.get(c.project_id) ?? []), c]);
  }
  return {
    ...projects,
    features: projects.features.map((f) => {
      const changes = byProject.get(String(f.properties?.id));
      if (!changes) return f;
      const props = { ...(f.properties ?? {}) } as Record<string, string | number | boolean>;
      applyChanges(props, changes);
      return { ...f, properties: props };
    }),
  };
}
