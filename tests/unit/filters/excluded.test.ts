import { describe, expect, it } from 'vitest';
import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { EMPTY_FILTERS, NOT_STATED_CODE } from '../../../src/filters/filterState';
import { excludedBy, projectFilterExpression, projectPredicate } from '../../../src/filters/projectFilter';

const rows: Record<string, unknown>[] = [
  { id: 'a', category: '产业', status: 'planned_completion', investment_total_yi: 120, start_year: 2021 },
  { id: 'b', category: '产业', investment_total_yi: 10 },
  { id: 'c', category: '民生', status: 'reported_construction' },
  { id: 'd', category: '产业', status: 'preparation' },
];
const base = EMPTY_FILTERS.projects;
const byExpr = (f: typeof base) => {
  const expr = projectFilterExpression(f);
  const compiled = featureFilter(expr, 'layers[0].filter');
  return rows.filter((p) => !expr || compiled.filter({ zoom: 10 }, { type: 1, properties: p, geometry: [] } as never)).map((p) => p.id);
};

describe('values the data does not state', () => {
  it('未注明 is a status of its own, in the predicate and in the expression', () => {
    const f = { ...base, statuses: [NOT_STATED_CODE, 'preparation'] };
    expect(rows.filter(projectPredicate(f)).map((p) => p.id)).toEqual(['b', 'd']);
    expect(byExpr(f)).toEqual(['b', 'd']);
  });

  it('a range hides projects with no figure unless the user keeps them', () => {
    expect(rows.filter(projectPredicate({ ...base, investment: [50, 200] })).map((p) => p.id)).toEqual(['a']);
    const kept = { ...base, investment: [50, 200] as [number, number], investmentUnstated: true };
    expect(rows.filter(projectPredicate(kept)).map((p) => p.id)).toEqual(['a', 'c', 'd']);
    expect(byExpr(kept)).toEqual(['a', 'c', 'd']);
  });

  it('says what one range takes away among what the other filters keep', () => {
    const f = { ...base, categories: ['产业'], investment: [50, 200] as [number, number] };
    expect(excludedBy('investment', f, rows)).toEqual({ outside: 1, unstated: 1 });
    expect(excludedBy('years', { ...base, years: [2020, 2022] }, rows)).toEqual({ outside: 0, unstated: 3 });
  });
});
