/**
 * Filters for projects, population and rail. Every change goes to the URL; the map then gets new
 * filter expressions. Option lists come from the data and the vocabulary, not from code; a value
 * the data leaves empty is an option of its own (未注明), and each range says what it leaves out.
 */
import { useMemo } from 'react';
import type { Feature, FeatureCollection } from 'geojson';
import { COUNTY_NAMES } from '../domain/counties';
import { NOT_STATED, PROJECT_CATEGORY, PROJECT_STATUS, PROJECT_STATUSES, PROJECT_SUBCATEGORY, RAIL_STATUS, ZONE, subcategoriesOf, type ProjectCategory, type Zone } from '../domain/vocabulary';
import { classMethods, EMPTY_FILTERS, NOT_STATED_CODE, populationMetrics, type FilterState, type ProjectFilter, type Range } from '../filters/filterState';
import { excludedBy } from '../filters/projectFilter';
import { useT } from '../i18n/useT';
import { updateUrlState } from '../state/urlStore';
import { CheckboxGroup, RangeSlider } from './controls';
import { Timeline } from './Timeline';

interface Props {
  filters: FilterState;
  /** Every project (all statistics layers), prepared. */
  projects: readonly Feature[];
  shown: number;
  counties: FeatureCollection | undefined;
  railLines: FeatureCollection | undefined;
  allowedCounties?: readonly string[];
}

/** Min and max without spreading into Math.min (which throws past ~100k values). */
function extent(values: unknown[]): [number, number] | undefined {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (typeof v !== 'number' || !Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo <= hi ? [lo, hi] : undefined;
}

const CATEGORIES = Object.keys(PROJECT_CATEGORY) as ProjectCategory[];

export function FilterPanel({ filters, projects, shown, counties, railLines, allowedCounties }: Props) {
  const { t, lang } = useT();
  const set = (patch: Partial<FilterState>) => updateUrlState({ filters: { ...filters, ...patch } });
  const setProjects = (patch: Partial<ProjectFilter>) => set({ projects: { ...filters.projects, ...patch } });
  const p = filters.projects;

  const props = useMemo(() => projects.map((f) => f.properties ?? {}), [projects]);
  const investment = useMemo(() => extent(props.map((x) => x.investment_total_yi)), [props]);
  const years = useMemo(() => extent(props.flatMap((x) => [x.start_year, x.end_year])), [props]);
  const metric = filters.population.metric;
  const popExtent = useMemo(() => extent(counties?.features.map((f) => f.properties?.[metric]) ?? []), [counties, metric]);
  const fine = metric.endsWith('_pct');
  const statusOptions = useMemo(() => {
    const present = new Set(props.map((x) => x.status));
    const opts = PROJECT_STATUSES.filter((s) => present.has(s)).map((s) => ({ value: s, label: PROJECT_STATUS[s][lang] }));
    return present.has(undefined) ? [...opts, { value: NOT_STATED_CODE, label: NOT_STATED[lang] }] : opts;
  }, [props, lang]);
  const subOptions = (p.categories.length ? (p.categories as ProjectCategory[]) : CATEGORIES).flatMap((c) => subcategoriesOf(c));

  return (
    <section className="filter-panel" aria-label={t('filters')} data-testid="filter-panel">
      <p className="filter-summary" data-testid="filter-summary">
        {t('shownOfFilters', { shown, total: projects.length })}
      </p>
      <button type="button" className="clear" onClick={() => updateUrlState({ filters: EMPTY_FILTERS })}>
        {t('clearFilters')}
      </button>

      <h2>{t('projectsFilter')}</h2>
      <label className="search">
        {t('search')}
        <input type="search" value={p.q} placeholder={t('searchPlaceholder')} onChange={(e) => setProjects({ q: e.target.value })} data-testid="filter-search" />
      </label>
      <CheckboxGroup
        legend={t('category')}
        testId="filter-category"
        options={CATEGORIES.map((c) => ({ value: c, label: PROJECT_CATEGORY[c][lang] }))}
        selected={p.categories}
        onChange={(categories) =>
          setProjects({ categories, subcategories: p.subcategories.filter((s) => categories.length === 0 || categories.some((c) => subcategoriesOf(c as ProjectCategory).includes(s as never))) })
        }
      />
      <CheckboxGroup legend={t('subcategory')} testId="filter-subcategory" options={subOptions.map((s) => ({ value: s, label: PROJECT_SUBCATEGORY[s][lang] }))} selected={p.subcategories} onChange={(subcategories) => setProjects({ subcategories })} />
      <CheckboxGroup legend={t('status')} testId="filter-status" options={statusOptions} selected={p.statuses} onChange={(statuses) => setProjects({ statuses })} />
      <small className="note">{t('statusBasisNote')}</small>
      <CheckboxGroup
        legend={t('zoneFilter')}
        testId="filter-zone"
        options={(Object.keys(ZONE) as Zone[]).map((z) => ({ value: z, label: z === 'node' ? `${ZONE.node[lang]}${lang === 'zh' ? '周边5公里' : ' (within 5 km)'}` : ZONE[z][lang] }))}
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
        <UnstatedRange
          label={t('investmentRange')}
          testId="filter-investment"
          extent={[Math.floor(investment[0]), Math.ceil(investment[1])]}
          value={p.investment}
          onChange={(investment) => setProjects({ investment })}
          keepUnstated={p.investmentUnstated}
          onKeepUnstated={(investmentUnstated) => setProjects({ investmentUnstated })}
          excluded={excludedBy('investment', p, props, allowedCounties)}
        />
      )}
      {years && (
        <UnstatedRange
          label={t('yearRange')}
          testId="filter-years"
          extent={years}
          value={p.years}
          onChange={(years) => setProjects({ years })}
          keepUnstated={p.yearsUnstated}
          onKeepUnstated={(yearsUnstated) => setProjects({ yearsUnstated })}
          excluded={excludedBy('years', p, props, allowedCounties)}
        />
      )}
      {years && (
        <Timeline
          className="timeline-compact"
          extent={[p.years?.[0] ?? years[0], years[1]]}
          year={p.years?.[1] ?? years[1]}
          onYear={(year) => setProjects({ years: [p.years?.[0] ?? years[0], year] })}
          summary={t('timelineShown', { from: p.years?.[0] ?? years[0], year: p.years?.[1] ?? years[1], n: shown })}
          testId="filter-timeline"
        />
      )}

      <h2>{t('populationFilter')}</h2>
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
          thumbLabels={[t('rangeMinOf', { label: t(`metric_${metric}`) }), t('rangeMaxOf', { label: t(`metric_${metric}`) })]}
          testId="filter-population"
          min={Math.floor(popExtent[0])}
          max={Math.ceil(popExtent[1])}
          step={fine ? 0.1 : 1}
          format={(n) => (fine ? n.toFixed(1) : String(n))}
          value={filters.population.range}
          onChange={(range) => set({ population: { ...filters.population, range } })}
        />
      )}

      <h2>{t('railFilter')}</h2>
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
        options={(Object.keys(RAIL_STATUS) as (keyof typeof RAIL_STATUS)[]).map((s) => ({ value: s, label: RAIL_STATUS[s][lang] }))}
        selected={filters.rail.statuses}
        onChange={(statuses) => set({ rail: { ...filters.rail, statuses } })}
      />
    </section>
  );
}

/** A range on a project figure, with the choice to keep projects that state none and what it leaves out. */
function UnstatedRange(props: {
  label: string;
  testId: string;
  extent: [number, number];
  value?: Range;
  onChange(r: Range | undefined): void;
  keepUnstated: boolean;
  onKeepUnstated(keep: boolean): void;
  excluded: { outside: number; unstated: number };
}) {
  const { t } = useT();
  const { label, excluded } = props;
  return (
    <RangeSlider
      label={label}
      thumbLabels={[t('rangeMinOf', { label }), t('rangeMaxOf', { label })]}
      testId={props.testId}
      min={props.extent[0]}
      max={props.extent[1]}
      step={1}
      value={props.value}
      onChange={props.onChange}
    >
      <label className="unstated-toggle">
        <input type="checkbox" checked={props.keepUnstated} onChange={(e) => props.onKeepUnstated(e.target.checked)} data-testid={`${props.testId}-unstated`} />
        {t('includeUnstated')}
      </label>
      {props.value && (
        <small className="note" data-testid="excluded">
          {t('excludedCounts', { outside: excluded.outside, unstated: excluded.unstated, fate: t(props.keepUnstated ? 'included' : 'excluded') })}
        </small>
      )}
    </RangeSlider>
  );
}
