/**
 * The project filter as a MapLibre expression (what the map draws) and as a JavaScript
 * predicate (what the statistics count). Both are built from the same clauses, and a unit test
 * checks them against MapLibre's own expression evaluator.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import { NOT_STATED_CODE, type ProjectFilter } from './filterState';
import type { Clause } from './layerFilters';

type Props = Record<string, unknown>;

const num = (v: unknown) => (typeof v === 'number' ? v : undefined);
const stated = (v: unknown) => v !== undefined && v !== null && v !== '';

/** Keeps features whose `key` is one of `values`; NOT_STATED_CODE among them keeps features without it. */
export function memberOf(key: string, values: readonly string[]): Clause {
  const real = values.filter((v) => v !== NOT_STATED_CODE);
  const none = values.includes(NOT_STATED_CODE);
  const inList: ExpressionSpecification = ['in', ['to-string', ['get', key]], ['literal', real]];
  return {
    expr: none ? ['any', ['!', ['has', key]], inList] : inList,
    test: (p) => (none && !stated(p[key])) || (stated(p[key]) && real.includes(String(p[key]))),
  };
}

/** A clause of the project filter, named so a panel can ask what one control alone excludes. */
export type ProjectClauseId = 'category' | 'subcategory' | 'status' | 'zone' | 'county' | 'investment' | 'years' | 'q';
export type NamedClause = Clause & { id: ProjectClauseId };

/**
 * @param allowedCounties counties left by other filters (e.g. the population range); undefined = all.
 */
export function projectClauses(f: ProjectFilter, allowedCounties?: readonly string[]): NamedClause[] {
  const clauses: NamedClause[] = [];
  if (f.categories.length) clauses.push({ id: 'category', ...memberOf('category', f.categories) });
  if (f.subcategories.length) clauses.push({ id: 'subcategory', ...memberOf('subcategory', f.subcategories) });
  if (f.statuses.length) clauses.push({ id: 'status', ...memberOf('status', f.statuses) });
  if (f.zones.length) {
    // 'node' means "near an urbanisation node town", a flag of its own (see data/projectZones.ts).
    const tiers = f.zones.filter((z) => z !== 'node');
    const parts: Clause[] = [];
    if (tiers.length) parts.push(memberOf('zone', tiers));
    if (f.zones.includes('node')) parts.push({ expr: ['==', ['get', 'near_node'], true], test: (p) => p.near_node === true });
    clauses.push({ id: 'zone', expr: ['any', ...parts.map((c) => c.expr)], test: (p) => parts.some((c) => c.test(p)) });
  }
  const counties = f.counties.length && allowedCounties ? f.counties.filter((c) => allowedCounties.includes(c)) : f.counties.length ? f.counties : allowedCounties;
  if (counties) clauses.push({ id: 'county', ...memberOf('county_adcode', counties) });
  if (f.investment) {
    const [lo, hi] = f.investment;
    const v: ExpressionSpecification = ['to-number', ['get', 'investment_total_yi']];
    const inRange: ExpressionSpecification = ['all', ['has', 'investment_total_yi'], ['>=', v, lo], ['<=', v, hi]];
    clauses.push({
      id: 'investment',
      expr: f.investmentUnstated ? ['any', ['!', ['has', 'investment_total_yi']], inRange] : inRange,
      test: (p) => {
        const x = num(p.investment_total_yi);
        return x === undefined ? f.investmentUnstated : x >= lo && x <= hi;
      },
    });
  }
  if (f.years) {
    const [lo, hi] = f.years;
    // A project runs from start_year to end_year (or just start_year); it matches when that overlaps [lo, hi].
    const overlap: ExpressionSpecification = [
      'all',
      ['has', 'start_year'],
      ['<=', ['to-number', ['get', 'start_year']], hi],
      ['>=', ['to-number', ['coalesce', ['get', 'end_year'], ['get', 'start_year']]], lo],
    ];
    clauses.push({
      id: 'years',
      expr: f.yearsUnstated ? ['any', ['!', ['has', 'start_year']], overlap] : overlap,
      test: (p) => {
        const s = num(p.start_year);
        if (s === undefined) return f.yearsUnstated;
        return s <= hi && (num(p.end_year) ?? s) >= lo;
      },
    });
  }
  const q = f.q.trim().toLowerCase();
  if (q) {
    clauses.push({
      id: 'q',
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

/**
 * What one range control takes away, among the projects every other control keeps: how many lie
 * outside the range, and how many state no value (hidden, or kept when the user includes them).
 */
export function excludedBy(id: 'investment' | 'years', f: ProjectFilter, features: readonly Props[], allowedCounties?: readonly string[]) {
  const clauses = projectClauses(f, allowedCounties);
  const own = clauses.find((c) => c.id === id);
  const others = clauses.filter((c) => c.id !== id);
  const key = id === 'investment' ? 'investment_total_yi' : 'start_year';
  const base = features.filter((p) => others.every((c) => c.test(p)));
  const unstated = base.filter((p) => num(p[key]) === undefined).length;
  const outside = own ? base.filter((p) => num(p[key]) !== undefined && !own.test(p)).length : 0;
  return { outside, unstated };
}
