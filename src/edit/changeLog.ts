/**
 * The change log the app writes, so the history of the data is recorded by the tool, not typed by
 * hand: one CSV row per changed feature per moment (who, when, what, on what authority), appended
 * to geodata/changelog.csv by the write-back, quoted and formula-escaped like every CSV the app
 * writes (stats/csv.ts), since people open it in Excel.
 */
import { csvRow } from '../stats/csv';
import { CHANGE_LOG_ROW_COLUMNS } from '../data/tableSchemas';
import type { Moment } from './history';
import type { Change } from './changes';

export const CHANGE_LOG_FILE = 'changelog.csv';
export const CHANGE_LOG_HEADER = CHANGE_LOG_ROW_COLUMNS.join(',');

/** The properties whose values differ between before and after (for an attribute change). */
function changedFields(c: Change): string[] {
  if (c.kind !== 'attribute') return c.kind === 'geometry' ? ['geometry'] : [];
  const a = c.before?.properties ?? {};
  const b = c.after?.properties ?? {};
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
}

export function changeLogRows(file: string, moments: readonly Moment[]): string[] {
  return moments.flatMap((m) => {
    // Several changes of one feature in one moment (a form saving three fields) are one row.
    const byFeature = new Map<string, { kinds: Set<string>; fields: Set<string> }>();
    for (const c of m.changes) {
      const e = byFeature.get(c.id) ?? { kinds: new Set(), fields: new Set() };
      e.kinds.add(c.kind);
      for (const f of changedFields(c)) e.fields.add(f);
      byFeature.set(c.id, e);
    }
    return [...byFeature].map(([id, e]) => csvRow([m.at, m.who, file, id, [...e.kinds].join('+'), [...e.fields].join(' '), m.source?.doc ?? '', m.source?.lines ?? '', m.note ?? '']));
  });
}
