/**
 * Rail and population filters, built like the project filter: each clause is a MapLibre
 * expression and the same test in JavaScript, so the legend counts what the map draws.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import type { FilterState, PopulationMetric, Range } from './filterState';
import { projectClauses } from './projectFilter';

type Props = Record<string, unknown>;
export interface Clause {
  expr: ExpressionSpecification;
  test(p: Props): boolean;
}

/** Stations list their lines as "S1,S2"; lines have one line_id. Matches whole ids only. */
function railLineClause(lines: readonly string[]): Clause {
  const listed: ExpressionSpecification = ['concat', ',', ['to-string', ['coalesce', ['get', 'line_ids'], ['get', 'line_id'], '']], ','];
  return {
    expr: ['any', ...lines.map((l): ExpressionSpecification => ['in', `,${l},`, listed])],
    test: (p) => String(p.line_ids ?? p.line_id ?? '').split(',').some((l) => lines.includes(l)),
  };
}

export function railClauses(f: FilterState['rail']): Clause[] {
  const clauses: Clause[] = [];
  if (f.lines.length) clauses.push(railLineClause(f.lines));
  if (f.statuses.length) clauses.push({ expr: ['in', ['get', 'status'], ['literal', [...f.statuses]]], test: (p) => f.statuses.includes(String(p.status)) });
  return clauses;
}

/** Counties whose value of the chosen metric lies in the range; counties without a value drop out. */
export function populationClauses(metric: PopulationMetric, range: Range | undefined): Clause[] {
  if (!range) return [];
  const [lo, hi] = range;
  const value: ExpressionSpecification = ['to-number', ['get', metric]];
  return [
    {
      expr: ['all', ['has', metric], ['>=', value, lo], ['<=', value, hi]],
      test: (p) => typeof p[metric] === 'number' && (p[metric] as number) >= lo && (p[metric] as number) <= hi,
    },
  ];
}

/** The counties the population range selects: they also bound the project filter. */
export function countiesInRange(counties: readonly Props[], metric: PopulationMetric, range: Range | undefined): string[] | undefined {
  if (!range) return undefined;
  const [c] = populationClauses(metric, range);
  return counties.filter((p) => c!.test(p)).map((p) => String(p.adcode));
}

export type FilterKind = 'projects' | 'rail' | 'population';

export function clausesFor(kind: FilterKind, filters: FilterState, allowedCounties: readonly string[] | undefined): Clause[] {
  if (kind === 'projects') return projectClauses(filters.projects, allowedCounties);
  if (kind === 'rail') return railClauses(filters.rail);
  return populationClauses(filters.population.metric, filters.population.range);
}

export function toExpression(clauses: Clause[]): ExpressionSpecification | undefined {
  return clauses.length ? ['all', ...clauses.map((c) => c.expr)] : undefined;
}

export function toPredicate(clauses: Clause[]): (p: Props) => boolean {
  return (p) => clauses.every((c) => c.test(p));
}
