/**
 * Filters for projects, population and rail. Every change goes to the URL; the map then gets new
 * filter expressions. Option lists come from the data and the catalog, not from code.
 */
import { useMemo } from 'react';
import type { FeatureCollection } from 'geojson';
import { COUNTY_NAMES } from '../data/countyNames';
import { PROJECT_TAXONOMY, type ProjectCategory } from '../data/schemas';
import { classMethods, EMPTY_FILTERS, populationMetrics, type FilterState } from '../filters/filterState';
import { useT } from '../i18n/useT';
import { updateUrlState } from '../state/urlStore';
import { ZONE_LABELS } from '../layers/styles/structure';
import { FIELDS, formatValue } from './featureFields';
import { CheckboxGroup, RangeSlider } from './controls';

interface Props {
  filters: FilterState;
  projects: FeatureCollection | undefined;
  counties: FeatureCollection | undefined;
  railLines: FeatureCollection | undefined;
}

const statusField = FIELDS.find((f) => f.key === 'status')!;

function extent(values: unknown[]): [number, number] | undefined {
  const nums = values.filter((v): v is number => typeof v === 'number');
  return nums.length ? [Math.min(...nums), Math.max(...nums)] : undefined;
}

export function FilterPanel({ filters, projects, counties, railLines }: Props) {
  const { t, lang } = useT();
  const set = (patch: Partial<FilterState>) => updateUrlState({ filters: { ...filters, ...patch } });
  const setProjects = (patch: Partial<FilterState['projects']>) => set({ projects: { ...filters.projects, ...patch } });
  const p = filters.projects;

  const props = useMemo(() => projects?.features.map((f) => f.properties ?? {}) ?? [], [projects]);
  const investment = useMemo(() => extent(props.map((x) => x.investment_total_yi)), [props]);
  const years = useMemo(() => extent(props.flatMap((x) => [x.start_year, x.end_year])), [props]);
  const metric = filters.population.metric;
  const popExtent = useMemo(() => extent(counties?.features.map((f) => f.properties?.[metric]) ?? []), [counties, metric]);
  const fine = metric.endsWith('_pct');
  const statuses = useMemo(() => [...new Set(props.map((x) => x.status).filter(Boolean) as string[])], [props]);

  const categories = Object.keys(PROJECT_TAXONOMY) as ProjectCategory[];
  const subOptions = (p.categories.length ? (p.categories as ProjectCategory[]) : categories).flatMap((c) => PROJECT_TAXONOMY[c] ?? []);
  const catLabel = FIELDS.find((f) => f.key === 'category')!;

  return (
    <section className="filter-panel" aria-label={t('filters')} data-testid="filter-panel">
      <button type="button" className="clear" onClick={() => updateUrlState({ filters: EMPTY_FILTERS })}>
        {t('clearFilters')}
      </button>

      <h3>{t('projectsFilter')}</h3>
      <label className="search">
        {t('search')}
        <input type="search" value={p.q} placeholder={t('searchPlaceholder')} onChange={(e) => setProjects({ q: e.target.value })} data-testid="filter-search" />
      </label>
      <CheckboxGroup
        legend={t('category')}
        testId="filter-category"
        options={categories.map((c) => ({ value: c, label: formatValue(catLabel, c, lang) }))}
        selected={p.categories}
        onChange={(categories) => setProjects({ categories, subcategories: p.subcategories.filter((s) => categories.length === 0 || categories.some((c) => (PROJECT_TAXONOMY[c as ProjectCategory] as readonly string[]).includes(s))) })}
      />
      <CheckboxGroup legend={t('subcategory')} testId="filter-subcategory" options={subOptions.map((s) => ({ value: s, label: s }))} selected={p.subcategories} onChange={(subcategories) => setProjects({ subcategories })} />
      <CheckboxGroup legend={t('status')} testId="filter-status" options={statuses.map((s) => ({ value: s, label: formatValue(statusField, s, lang) }))} selected={p.statuses} onChange={(statuses) => setProjects({ statuses })} />
      <CheckboxGroup
        legend={t('zoneFilter')}
        testId="filter-zone"
        options={(['main', 'sub', 'pole', 'node'] as const).map((z) => ({ value: z, label: z === 'node' ? `${ZONE_LABELS.node[lang]}${lang === 'zh' ? '周边5公里' : ' (within 5 km)'}` : ZONE_LABELS[z][lang] }))}
        selected={p.zones}
        onChange={(zones) => setProjects({ zones })}
      />
      <CheckboxGroup
        legend={t('county')}
        testId="filter-county"
        options={Object.entries(COUNTY_NAMES).map(([code, n]) => ({ value: code, label: n[lang] }))}
        selected={p.counties}
        onChange={(counties) => setProjects({ counties })}
      />
      {investment && (
        <RangeSlider
          label={t('investmentRange')}
          testId="filter-investment"
          min={Math.floor(investment[0])}
          max={Math.ceil(investment[1])}
          step={1}
          value={p.investment}
          note={t('investmentNote')}
          onChange={(investment) => setProjects({ investment })}
        />
      )}
      {years && (
        <RangeSlider label={t('yearRange')} testId="filter-years" min={years[0]} max={years[1]} step={1} value={p.years} note={t('yearNote')} onChange={(years) => setProjects({ years })} />
      )}

      <h3>{t('populationFilter')}</h3>
      <label className="select">
        {t('metric')}
        <select
          value={metric}
          // A range means something only for its own metric, so a new metric starts unrestricted.
          onChange={(e) => set({ population: { ...filters.population, metric: e.target.value as FilterState['population']['metric'], range: undefined } })}
          data-testid="filter-metric"
        >
          {populationMetrics.map((m) => (
            <option key={m} value={m}>
              {t(`metric_${m}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="select">
        {t('classification')}
        <select value={filters.population.method} onChange={(e) => set({ population: { ...filters.population, method: e.target.value as FilterState['population']['method'] } })} data-testid="filter-classes">
          {classMethods.map((m) => (
            <option key={m} value={m}>
              {t(`class_${m}`)}
            </option>
          ))}
        </select>
      </label>
      {popExtent && (
        <RangeSlider
          key={metric}
          label={`${t(`metric_${metric}`)} · ${t('populationRange')}`}
          testId="filter-population"
          min={Math.floor(popExtent[0])}
          max={Math.ceil(popExtent[1])}
          step={fine ? 0.1 : 1}
          format={(n) => (fine ? n.toFixed(1) : String(n))}
          value={filters.population.range}
          onChange={(range) => set({ population: { ...filters.population, range } })}
        />
      )}

      <h3>{t('railFilter')}</h3>
      <CheckboxGroup
        legend={t('railLine')}
        testId="filter-rail-line"
        options={(railLines?.features ?? []).map((f) => ({ value: String(f.properties?.line_id), label: String(f.properties?.[lang === 'zh' ? 'name_zh' : 'name_en']) }))}
        selected={filters.rail.lines}
        onChange={(lines) => set({ rail: { ...filters.rail, lines } })}
      />
      <CheckboxGroup
        legend={t('status')}
        testId="filter-rail-status"
        options={['operating', 'under_construction', 'planned'].map((s) => ({ value: s, label: formatValue(statusField, s, lang) }))}
        selected={filters.rail.statuses}
        onChange={(statuses) => set({ rail: { ...filters.rail, statuses } })}
      />
    </section>
  );
}
