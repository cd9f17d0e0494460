/**
 * How a dated change (a row of projects/changes.csv) updates a project: the latest state wins, the
 * first value of each changed field is kept as `orig_<field>` for the panel's history. The build
 * (scripts/geodata/steps/projects.ts) and the editor's preview of a recorded change use this one
 * function, so what the app shows before writing back is what the build will write.
 */
import type { ChangeRow } from './tableSchemas';

export const NUMERIC = new Set(['investment_total_yi', 'investment_plan_yi', 'start_year', 'end_year']);
/** Fields a dated change may update. */
export const CHANGING = ['status', 'status_zh', 'investment_total_yi', 'investment_plan_yi', 'start_year', 'end_year'] as const;

export function applyChanges(props: Record<string, string | number | boolean>, changes: readonly ChangeRow[]): void {
  if (!changes.length) return;
  const sorted = [...changes].sort((a, b) => a.date.localeCompare(b.date));
  for (const c of sorted)
    for (const f of CHANGING) {
      if (!c[f]) continue;
      if (!(`orig_${f}` in props)) props[`orig_${f}`] = props[f] ?? '';
      props[f] = NUMERIC.has(f) ? Number(c[f]) : c[f];
    }
  const last = sorted.at(-1)!;
  props.changed_date = last.date;
  props.changed_doc = last.source_doc;
  if (last.source_lines) props.changed_lines = last.source_lines;
  props.changes = (typeof props.changes === 'number' ? props.changes : 0) + sorted.length;
}
