/**
 * Aggregations behind the linked charts and table: pure functions over feature properties.
 * Investment sums count only projects that state a figure; the count of those is kept so the
 * UI can say "sum over n of m projects".
 */
export interface Group {
  key: string;
  count: number;
  /** 亿元, summed over projects that give investment_total_yi. */
  investment: number;
  withInvestment: number;
}

type Props = Record<string, unknown>;

export function groupBy(items: readonly Props[], key: string): Group[] {
  const groups = new Map<string, Group>();
  for (const p of items) {
    const k = p[key] === undefined || p[key] === '' ? '' : String(p[key]);
    const g = groups.get(k) ?? { key: k, count: 0, investment: 0, withInvestment: 0 };
    g.count++;
    if (typeof p.investment_total_yi === 'number') {
      g.investment += p.investment_total_yi;
      g.withInvestment++;
    }
    groups.set(k, g);
  }
  // Sums of decimals: round to the 0.01 亿元 the sources use.
  return [...groups.values()].map((g) => ({ ...g, investment: Math.round(g.investment * 100) / 100 })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

export function totals(items: readonly Props[]): Group {
  return groupBy(items.map((p) => ({ ...p, all: 'all' })), 'all')[0] ?? { key: 'all', count: 0, investment: 0, withInvestment: 0 };
}

export type SortKey = 'name_zh' | 'county_adcode' | 'category' | 'status' | 'investment_total_yi' | 'start_year';

/** Sorts rows by a column; missing values go last in both directions. */
export function sortRows<T extends Props>(rows: readonly T[], key: SortKey, dir: 'asc' | 'desc'): T[] {
  const sign = dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = a[key];
    const y = b[key];
    if (x === undefined || x === '') return y === undefined || y === '' ? 0 : 1;
    if (y === undefined || y === '') return -1;
    if (typeof x === 'number' && typeof y === 'number') return (x - y) * sign;
    return String(x).localeCompare(String(y), 'zh-CN') * sign;
  });
}
