/**
 * Class breaks for the choropleth, from simple-statistics: quantiles, equal intervals, and
 * natural breaks (ckmeans, the optimal 1-D k-means that Jenks' method approximates).
 */
import { ckmeans, equalIntervalBreaks, quantile } from 'simple-statistics';
import type { ClassMethod } from './filterState';

/** Inner breaks (k-1 of them, strictly increasing) that split `values` into at most k classes. */
export function classBreaks(values: readonly number[], method: ClassMethod, k = 5): number[] {
  const v = values.filter(Number.isFinite);
  if (v.length < 2) return [];
  const classes = Math.min(k, new Set(v).size);
  let breaks: number[];
  if (method === 'equal') breaks = equalIntervalBreaks([...v], classes).slice(1, -1);
  else if (method === 'quantile') breaks = Array.from({ length: classes - 1 }, (_, i) => quantile([...v], (i + 1) / classes));
  else breaks = ckmeans([...v], classes).slice(1).map((cluster) => cluster[0]!);
  const rounded = breaks.map((b) => Number(b.toPrecision(3)));
  return rounded.filter((b, i) => i === 0 || b > rounded[i - 1]!);
}
