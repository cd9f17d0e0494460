/**
 * From the filter state and the loaded data: the expression each layer is filtered with, the
 * counts for the legend, the projects the statistics describe, and the choropleth classes.
 * Cheap to recompute; the map receives only new filter expressions, never new data.
 */
import { useMemo } from 'react';
import type { ExpressionSpecification } from 'maplibre-gl';
import type { Feature, FeatureCollection } from 'geojson';
import type { Catalog } from '../data/schemas';
import type { FilterState, PopulationMetric } from '../filters/filterState';
import { clausesFor, countiesInRange, toExpression, toPredicate } from '../filters/layerFilters';
import { classBreaks } from '../filters/classify';

export const METRIC_UNITS: Record<PopulationMetric, { zh: string; en: string }> = {
  pop_2021_wan: { zh: '万人', en: '×10⁴' },
  density_2021: { zh: '人/km²', en: '/km²' },
  change_2010_2021_pct: { zh: '%', en: '%' },
  urbanization_2021_pct: { zh: '%', en: '%' },
};

export interface FilteredView {
  filters: Record<string, ExpressionSpecification | undefined>;
  counts: Record<string, { shown: number; total: number }>;
  /** Projects passing the filter, with their original (not fanned-out) points. */
  projects: Feature[];
  allProjects: Feature[];
  choropleth: { metric: PopulationMetric; breaks: number[]; unit: { zh: string; en: string } };
  /** Counties left by the population range (undefined: no range set). */
  allowedCounties?: string[];
}

export function useFilteredView(catalog: Catalog, byLayer: Record<string, FeatureCollection>, filters: FilterState): FilteredView {
  const counties = useMemo(() => {
    const entry = catalog.layers.find((l) => l.schema === 'county' && byLayer[l.id]);
    return entry ? byLayer[entry.id]!.features.map((f) => f.properties ?? {}) : [];
  }, [catalog, byLayer]);

  const { metric, method, range } = filters.population;
  const choropleth = useMemo(
    () => ({ metric, breaks: classBreaks(counties.map((c) => c[metric]).filter((v): v is number => typeof v === 'number'), method), unit: METRIC_UNITS[metric] }),
    [counties, metric, method],
  );

  return useMemo(() => {
    const allowedCounties = countiesInRange(counties, metric, range);
    const out: FilteredView = { filters: {}, counts: {}, projects: [], allProjects: [], choropleth, allowedCounties };
    for (const entry of catalog.layers) {
      const data = byLayer[entry.id];
      if (!entry.filter || !data) continue;
      const clauses = clausesFor(entry.filter, filters, allowedCounties);
      const test = toPredicate(clauses);
      const shown = data.features.filter((f) => test(f.properties ?? {}));
      out.filters[entry.id] = toExpression(clauses);
      out.counts[entry.id] = { shown: shown.length, total: data.features.length };
      if (entry.filter === 'projects') {
        out.projects = shown;
        out.allProjects = data.features;
      }
    }
    return out;
  }, [catalog, byLayer, filters, counties, metric, range, choropleth]);
}
