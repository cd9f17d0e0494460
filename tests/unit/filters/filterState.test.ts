import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, parseFilters, serializeFilters } from '../../../src/filters/filterState';
import { classBreaks } from '../../../src/filters/classify';

describe('filter state in the URL', () => {
  it('round-trips every filter', () => {
    const state = {
      projects: { categories: ['产业', '基础设施'], subcategories: ['综合交通项目'], statuses: ['planned_completion', '_none'], counties: ['330302', '330381'], zones: ['main'], investment: [50, 300] as [number, number], investmentUnstated: true, years: [2021, 2025] as [number, number], yearsUnstated: false, q: '新区' },
      population: { metric: 'density_2021' as const, method: 'jenks' as const, range: [100, 200] as [number, number] },
      rail: { lines: ['S1'], statuses: ['operating'] },
    };
    const parts = serializeFilters(state);
    expect(parseFilters(new URLSearchParams(parts.join('&')))).toEqual(state);
  });

  it('writes nothing for the empty state and ignores junk', () => {
    expect(serializeFilters(EMPTY_FILTERS)).toEqual([]);
    const f = parseFilters(new URLSearchParams('inv=9~1&yr=abc&cty=110000,330302&pm=evil&pc=none'));
    expect(f.projects.investment).toBeUndefined();
    expect(f.projects.years).toBeUndefined();
    expect(f.projects.counties).toEqual(['330302']);
    expect(f.population).toEqual({ metric: 'pop_2021_wan', method: 'quantile', range: undefined });
  });
});

describe('choropleth classes', () => {
  const values = [118.95, 73.29, 97.82, 15.03, 87, 86.59, 84.58, 28.85, 26.64, 152.58, 146.4, 46.77];

  it('gives increasing inner breaks for each method', () => {
    for (const method of ['quantile', 'equal', 'jenks'] as const) {
      const b = classBreaks(values, method);
      expect(b.length).toBeGreaterThan(0);
      expect(b.length).toBeLessThanOrEqual(4);
      expect([...b].sort((x, y) => x - y)).toEqual(b);
    }
  });

  it('puts equal intervals at equal steps between min and max', () => {
    const step = (152.58 - 15.03) / 5;
    expect(classBreaks(values, 'equal')).toEqual([1, 2, 3, 4].map((i) => Number((15.03 + i * step).toPrecision(3))));
  });

  it('natural breaks separate the two big cities from the rest', () => {
    expect(classBreaks(values, 'jenks').at(-1)).toBe(146);
  });
});
