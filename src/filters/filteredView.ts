/**
 * From the filter state and the loaded data: the expression each layer is filtered with, the
 * counts for the legend, the projects the statistics describe (every layer whose kind feeds the
 * statistics), and the choropleth classes. Cheap to recompute; the map receives only new filter
 * expressions, never new data.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import type { Feature, FeatureCollection } from 'geojson';
import type { CatalogLayer } from '../data/schemas';
import { kindOf } from '../domain/layerKinds';
import type { Term } from '../domain/vocabulary';
import type { FilterState, PopulationMetric } from './filterState';
import { clausesFor, countiesInRange, toExpression, toPredicate } from './layerFilters';
import { classBreaks } from './classify';

export const METRIC_UNITS: Record<PopulationMetric, Term> = {
  pop_2021_wan: { zh: '万人', en: '×10⁴' },
  density_2021: { zh: '人/km²', en: '/km²' },
  change_2010_2021_pct: { zh: '%', en: '%' },
  urbanization_2021_pct: { zh: '%', en: '%' },
};

export interface FilteredView {
  filters: Record<string, ExpressionSpecification | undefined>;
  counts: Record<string, { shown: number; total: number }>;
  /** Ids of the features each filtered layer shows. */
  shownIds: Record<string, ReadonlySet<string>>;
  /** Projects passing the filter (from every statistics layer), with their true points. */
  projects: Feature[];
  allProjects: Feature[];
  choropleth: { metric: PopulationMetric; breaks: number[]; unit: Term };
  /** Counties left by the population range (undefined: no range set). */
  allowedCounties?: string[];
}

/** Property rows of the counties (the first layer whose kind has the counties role). */
export function countyRows(layers: readonly CatalogLayer[], byLayer: Record<string, FeatureCollection>): Record<string, unknown>[] {
  const entry = layers.find((l) => kindOf(l.schema).role === 'counties' && byLayer[l.id]);
  return entry ? byLayer[entry.id]!.features.map((f) => f.properties ?? {}) : [];
}

export function choroplethOf(counties: readonly Record<string, unknown>[], population: FilterState['population']): FilteredView['choropleth'] {
  const { metric, method } = population;
  return { metric, breaks: classBreaks(counties.map((c) => c[metric]).filter((v): v is number => typeof v === 'number'), method), unit: METRIC_UNITS[metric] };
}

export function filteredView(
  layers: readonly CatalogLayer[],
  byLayer: Record<string, FeatureCollection>,
  filters: FilterState,
  counties: readonly Record<string, unknown>[],
  choropleth: FilteredView['choropleth'],
): FilteredView {
  const allowedCounties = countiesInRange(counties, filters.population.metric, filters.population.range);
  const out: FilteredView = { filters: {}, counts: {}, shownIds: {}, projects: [], allProjects: [], choropleth, allowedCounties };
  for (const entry of layers) {
    const data = byLayer[entry.id];
    if (!data) continue;
    const clauses = entry.filter ? clausesFor(entry.filter, filters, allowedCounties) : [];
    const test = toPredicate(clauses);
    const shown = clauses.length ? data.features.filter((f) => test(f.properties ?? {})) : data.features;
    if (entry.filter) {
      out.filters[entry.id] = toExpression(clauses);
      out.counts[entry.id] = { shown: shown.length, total: data.features.length };
      out.shownIds[entry.id] = new Set(shown.map((f) => String(f.properties?.id)));
    }
    if (kindOf(entry.schema).statistics) {
      out.projects.push(...shown);
      out.allProjects.push(...data.features);
    }
  }
  return out;
}
