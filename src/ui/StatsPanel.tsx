/**
 * Linked numbers: counts and investment of the filtered projects by county and by category, the
 * zone population against the plan's targets, and a sortable table with CSV/GeoJSON downloads.
 * Clicking a bar or a row hands its projects to the map (highlight and zoom). Every number has its
 * unit; a sum with no figure behind it says 未注明, never 0.
 */
import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { Feature, FeatureCollection } from 'geojson';
import { COUNTY_NAMES } from '../domain/counties';
import { labelOf, type Lang } from '../domain/vocabulary';
import type { StatsPick } from '../domain/statsPick';
import { zoneTargetsQuery } from '../data/queries';
import { groupBy, sortRows, totals, type Group, type SortKey } from '../stats/aggregate';
import { projectsCsv, projectsGeojson } from '../stats/exportTable';
import { download } from './download';
import { zoneShares } from '../stats/zoneShares';
import { useT } from '../i18n/useT';
import { BarChart } from './BarChart';
import { ZoneTargetsChart, type ZoneShare } from './ZoneTargetsChart';

interface Props {
  projects: Feature[];
  /** The project features as they are in their files, for the GeoJSON download. */
  sources: readonly Feature[];
  total: number;
  zones: FeatureCollection | undefined;
  counties: FeatureCollection | undefined;
  picked?: StatsPick;
  onPick(pick: StatsPick): void;
}

const fmt = (n: number, lang: Lang) => new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en', { maximumFractionDigits: 2 }).format(n);

/** "12 个 · 130.5 亿元（8 个注明）", "3 个 · 投资未注明". */
export function groupText(g: Group, lang: Lang): string {
  const count = lang === 'zh' ? `${g.count} 个` : String(g.count);
  if (g.withInvestment === 0) return `${count} · ${lang === 'zh' ? '投资未注明' : 'investment not stated'}`;
  const sum = `${fmt(g.investment, lang)} ${lang === 'zh' ? '亿元' : '×100 M CNY'}`;
  if (g.withInvestment === g.count) return `${count} · ${sum}`;
  return lang === 'zh' ? `${count} · ${sum}（${g.withInvestment} 个注明）` : `${count} · ${sum} (${g.withInvestment} state it)`;
}

export function StatsPanel({ projects, sources, total, zones, counties, picked, onPick }: Props) {
  const { t, lang } = useT();
  const [measure, setMeasure] = useState<'count' | 'investment'>('count');
  const [sort, setSort] = useState<{ key: SortKey; dir: 'asc' | 'desc' }>({ key: 'investment_total_yi', dir: 'desc' });
  const targets = useQuery(zoneTargetsQuery);

  const props = useMemo(() => projects.map((f) => f.properties ?? {}), [projects]);
  const sum = totals(props);
  const bars = (groups: Group[], label: (k: string) => string) =>
    groups
      .filter((g) => g.key !== '')
      .map((g) => ({ key: g.key, label: label(g.key), value: measure === 'count' ? g.count : g.investment, text: groupText(g, lang) }))
      .sort((a, b) => b.value - a.value);
  const countyBars = bars(groupBy(props, 'county_adcode'), (k) => COUNTY_NAMES[k]?.[lang] ?? k);
  const categoryBars = bars(groupBy(props, 'category'), (k) => labelOf('category', k, lang));
  const rows = useMemo(() => sortRows(props as Record<string, unknown>[], sort.key, sort.dir), [props, sort]);
  const shares = useMemo(() => (zones && counties ? (zoneShares(zones.features, counties.features, ['main', 'sub']) as ZoneShare[]) : []), [zones, counties]);

  const header = (key: SortKey, label: string) => (
    <th aria-sort={sort.key === key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <button type="button" onClick={() => setSort({ key, dir: sort.key === key && sort.dir === 'desc' ? 'asc' : 'desc' })} data-testid={`sort-${key}`}>
        {label}
        {sort.key === key ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}
      </button>
    </th>
  );
  const open = (id: string) => onPick({ by: 'id', key: id });

  return (
    <section className="stats-panel" aria-label={t('stats')} data-testid="stats-panel">
      <p className="stats-total" data-testid="stats-total">
        {t('shownOf', { shown: projects.length, total })} · {sum.withInvestment ? `${fmt(sum.investment, lang)} ${t('yiUnit')}` : t('notStated')}
      </p>
      <small className="note">{t('investmentSumNote', { n: sum.withInvestment })}</small>
      <div className="measure" role="radiogroup" aria-label={t('byCounty')}>
        {(['count', 'investment'] as const).map((m) => (
          <label key={m}>
            <input type="radio" name="measure" checked={measure === m} onChange={() => setMeasure(m)} data-testid={`measure-${m}`} />
            {t(m)}
          </label>
        ))}
      </div>
      <h2>{t('byCounty')}</h2>
      <BarChart bars={countyBars} testId="chart-county" onPick={(key) => onPick({ by: 'county_adcode', key })} active={picked?.by === 'county_adcode' ? picked.key : undefined} />
      <small className="note">{t('clickCountyFilters')}</small>
      <h2>{t('byCategory')}</h2>
      <BarChart bars={categoryBars} testId="chart-category" onPick={(key) => onPick({ by: 'category', key })} active={picked?.by === 'category' ? picked.key : undefined} />
      {targets.data && shares.length > 0 && <ZoneTargetsChart targets={targets.data} shares={shares} />}

      <h2>{t('table')}</h2>
      <div className="downloads">
        <button type="button" onClick={() => download(new Blob([projectsCsv(projects, lang)], { type: 'text/csv;charset=utf-8' }), 'wenzhou-projects.csv')} data-testid="download-csv">
          {t('downloadCsv')}
        </button>
        <button type="button" onClick={() => download(new Blob([projectsGeojson(projects, sources)], { type: 'application/geo+json' }), 'wenzhou-projects.geojson')} data-testid="download-geojson">
          {t('downloadGeojson')}
        </button>
      </div>
      {rows.length === 0 ? (
        <p>{t('noProjects')}</p>
      ) : (
        <div className="table-scroll">
          <table className="project-table" data-testid="project-table">
            <thead>
              <tr>
                {header('name_zh', t('name'))}
                {header('status', t('status'))}
                {header('investment_total_yi', t('yiUnit'))}
                {header('start_year', t('years'))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr
                  key={String(r.id)}
                  tabIndex={0}
                  onClick={() => open(String(r.id))}
                  onKeyDown={(e) => e.key === 'Enter' && open(String(r.id))}
                  className={picked?.by === 'id' && picked.key === r.id ? 'active' : undefined}
                  data-id={String(r.id)}
                >
                  <td>
                    {String(r[lang === 'zh' ? 'name_zh' : 'name_en'] ?? r.name_zh)}
                    {/* County and category under the name: six columns do not fit a sidebar. */}
                    <small className="row-meta">
                      {COUNTY_NAMES[String(r.county_adcode)]?.[lang] ?? t('notStated')} · {labelOf('category', r.category, lang)}
                    </small>
                  </td>
                  <td className={r.status ? undefined : 'unstated'}>{labelOf('status', r.status, lang)}</td>
                  <td className={typeof r.investment_total_yi === 'number' ? 'num' : 'num unstated'}>{typeof r.investment_total_yi === 'number' ? fmt(r.investment_total_yi, lang) : t('notStated')}</td>
                  <td className={r.start_year ? 'num' : 'num unstated'}>{r.start_year ? `${r.start_year}${r.end_year && r.end_year !== r.start_year ? `–${r.end_year}` : ''}` : t('notStated')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <small className="note">{t('unplacedNote')}</small>
    </section>
  );
}
