/**
 * The project filter as a MapLibre expression (what the map draws) and as a JavaScript
 * predicate (what the statistics count). Both are built from the same clauses, and a unit test
 * checks them against MapLibre's own expression evaluator on the real data.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import type { ProjectFilter } from './filterState';

import type { Clause } from './layerFilters';

type Props = Record<string, unknown>;

const num = (v: unknown) => (typeof v === 'number' ? v : undefined);

function memberOf(key: string, values: readonly string[]): Clause {
  return { expr: ['in', ['to-string', ['get', key]], ['literal', [...values]]], test: (p) => values.includes(String(p[key])) };
}

/**
 * @param allowedCounties counties left by other filters (e.g. the population range); undefined = all.
 */
export function projectClauses(f: ProjectFilter, allowedCounties?: readonly string[]): Clause[] {
  const clauses: Clause[] = [];
  if (f.categories.length) clauses.push(memberOf('category', f.categories));
  if (f.subcategories.length) clauses.push(memberOf('subcategory', f.subcategories));
  if (f.statuses.length) clauses.push(memberOf('status', f.statuses));
  if (f.zones.length) {
    // 'node' means "near an urbanisation node town", a flag of its own (see data/projectZones.ts).
    const tiers = f.zones.filter((z) => z !== 'node');
    const parts: Clause[] = [];
    if (tiers.length) parts.push(memberOf('zone', tiers));
    if (f.zones.includes('node')) parts.push({ expr: ['==', ['get', 'near_node'], true], test: (p) => p.near_node === true });
    clauses.push({ expr: ['any', ...parts.map((c) => c.expr)], test: (p) => parts.some((c) => c.test(p)) });
  }
  const counties = f.counties.length && allowedCounties ? f.counties.filter((c) => allowedCounties.includes(c)) : f.counties.length ? f.counties : allowedCounties;
  if (counties) clauses.push(memberOf('county_adcode', counties));
  if (f.investment) {
    const [lo, hi] = f.investment;
    clauses.push({
      expr: ['all', ['has', 'investment_total_yi'], ['>=', ['to-number', ['get', 'investment_total_yi']], lo], ['<=', ['to-number', ['get', 'investment_total_yi']], hi]],
      test: (p) => num(p.investment_total_yi) !== undefined && num(p.investment_total_yi)! >= lo && num(p.investment_total_yi)! <= hi,
    });
  }
  if (f.years) {
    const [lo, hi] = f.years;
    // A project runs from start_year to end_year (or just start_year); it matches when that overlaps [lo, hi].
    clauses.push({
      expr: [
        'all',
        ['has', 'start_year'],
        ['<=', ['to-number', ['get', 'start_year']], hi],
        ['>=', ['to-number', ['coalesce', ['get', 'end_year'], ['get', 'start_year']]], lo],
      ],
      test: (p) => {
        const s = num(p.start_year);
        if (s === undefined) return false;
        return s <= hi && (num(p.end_year) ?? s) >= lo;
      },
    });
  }
  const q = f.q.trim().toLowerCase();
  if (q) {
    clauses.push({
      expr: ['any', ['in', q, ['downcase', ['to-string', ['get', 'name_zh']]]], ['in', q, ['downcase', ['to-string', ['get', 'name_en']]]]],
      test: (p) => String(p.name_zh ?? '').toLowerCase().includes(q) || String(p.name_en ?? '').toLowerCase().includes(q),
    });
  }
  return clauses;
}

export function projectFilterExpression(f: ProjectFilter, allowedCounties?: readonly string[]): ExpressionSpecification | undefined {
  const clauses = projectClauses(f, allowedCounties);
  return clauses.length ? ['all', ...clauses.map((c) => c.expr)] : undefined;
}

export function projectPredicate(f: ProjectFilter, allowedCounties?: readonly string[]): (p: Props) => boolean {
  const clauses = projectClauses(f, allowedCounties);
  return (p) => clauses.every((c) => c.test(p));
}
