/**
 * The filters a planner sets, as plain data that lives in the URL. Empty lists and missing
 * ranges mean "no restriction".
 */
import { isSafeId } from '../domain/ids';
import { COUNTY_NAMES } from '../domain/counties';
import { PROJECT_CATEGORY, PROJECT_STATUS, PROJECT_SUBCATEGORY, RAIL_STATUS, ZONE } from '../domain/vocabulary';

export type Range = [number, number];

/** In a list of values to keep, this one stands for "no value stated" (shown as 未注明). */
export const NOT_STATED_CODE = '_none';

export interface ProjectFilter {
  categories: string[];
  subcategories: string[];
  statuses: string[];
  /** County adcodes chosen directly. */
  counties: string[];
  /** Structure zones (main, sub, pole, node), computed from the zone polygons. */
  zones: string[];
  /** 亿元, on investment_total_yi. Projects with no figure are hidden while this is set, unless `investmentUnstated`. */
  investment?: Range;
  /** Keep projects that state no investment while the investment range is set. */
  investmentUnstated: boolean;
  /** Years the project runs in (overlap with [start_year, end_year]). Projects with no years are hidden while set, unless `yearsUnstated`. */
  years?: Range;
  yearsUnstated: boolean;
  /** Free text, matched against the Chinese and English names. */
  q: string;
}

export const populationMetrics = ['pop_2021_wan', 'density_2021', 'change_2010_2021_pct', 'urbanization_2021_pct'] as const;
export type PopulationMetric = (typeof populationMetrics)[number];
export const classMethods = ['quantile', 'equal', 'jenks'] as const;
export type ClassMethod = (typeof classMethods)[number];

export interface PopulationView {
  metric: PopulationMetric;
  method: ClassMethod;
  /** On the chosen metric: counties outside are hidden, and their projects filtered out. */
  range?: Range;
}

export interface RailFilter {
  lines: string[];
  statuses: string[];
}

export interface FilterState {
  projects: ProjectFilter;
  population: PopulationView;
  rail: RailFilter;
}

export const EMPTY_FILTERS: FilterState = {
  projects: { categories: [], subcategories: [], statuses: [], counties: [], zones: [], investmentUnstated: false, yearsUnstated: false, q: '' },
  population: { metric: 'pop_2021_wan', method: 'quantile' },
  rail: { lines: [], statuses: [] },
};

// ---------- URL form: short keys, comma lists, "a~b" ranges ----------

/**
 * The URL is input: a list keeps at most MAX_LIST values, each once and each one the app knows
 * (or of an id's shape, for rail lines), so no hash makes the map build a filter of 10,000 clauses.
 */
const MAX_LIST = 64;
function list(v: string | null, known: (s: string) => boolean): string[] {
  if (!v) return [];
  const out = new Set<string>();
  for (const raw of v.split(',', MAX_LIST * 4)) {
    const s = raw.trim();
    if (s && known(s)) out.add(s);
    if (out.size >= MAX_LIST) break;
  }
  return [...out];
}
const codes = (vocabulary: object) => (s: string) => s === NOT_STATED_CODE || Object.hasOwn(vocabulary, s);

function range(v: string | null): Range | undefined {
  const m = v?.match(/^(-?\d+(?:\.\d+)?)~(-?\d+(?:\.\d+)?)$/);
  if (!m) return undefined;
  const a = Number(m[1]);
  const b = Number(m[2]);
  return Number.isFinite(a) && Number.isFinite(b) && a <= b ? [a, b] : undefined;
}

const oneOf = <T extends string>(v: string | null, options: readonly T[], fallback: T): T => (options.includes(v as T) ? (v as T) : fallback);

export function parseFilters(params: URLSearchParams): FilterState {
  return {
    projects: {
      categories: list(params.get('cat'), codes(PROJECT_CATEGORY)),
      subcategories: list(params.get('sub'), codes(PROJECT_SUBCATEGORY)),
      statuses: list(params.get('st'), codes(PROJECT_STATUS)),
      counties: list(params.get('cty'), (c) => Object.hasOwn(COUNTY_NAMES, c)),
      zones: list(params.get('zone'), codes(ZONE)),
      investment: range(params.get('inv')),
      investmentUnstated: params.get('invu') === '1',
      years: range(params.get('yr')),
      yearsUnstated: params.get('yru') === '1',
      q: (params.get('q') ?? '').slice(0, 80),
    },
    population: {
      metric: oneOf(params.get('pm'), populationMetrics, 'pop_2021_wan'),
      method: oneOf(params.get('pc'), classMethods, 'quantile'),
      range: range(params.get('pr')),
    },
    rail: { lines: list(params.get('rl'), isSafeId), statuses: list(params.get('rs'), codes(RAIL_STATUS)) },
  };
}

const fmtRange = (r: Range) => `${r[0]}~${r[1]}`;

/** URL parts for the filters that are set, in a fixed order so equal states give equal URLs. */
export function serializeFilters(f: FilterState): string[] {
  const out: string[] = [];
  const add = (key: string, value: string | undefined) => value && out.push(`${key}=${encodeURIComponent(value).replace(/%2C/g, ',').replace(/%7E/gi, '~')}`);
  const p = f.projects;
  add('cat', p.categories.join(','));
  add('sub', p.subcategories.join(','));
  add('st', p.statuses.join(','));
  add('cty', p.counties.join(','));
  add('zone', p.zones.join(','));
  add('inv', p.investment && fmtRange(p.investment));
  add('invu', p.investmentUnstated ? '1' : undefined);
  add('yr', p.years && fmtRange(p.years));
  add('yru', p.yearsUnstated ? '1' : undefined);
  add('q', p.q);
  if (f.population.metric !== 'pop_2021_wan') add('pm', f.population.metric);
  if (f.population.method !== 'quantile') add('pc', f.population.method);
  add('pr', f.population.range && fmtRange(f.population.range));
  add('rl', f.rail.lines.join(','));
  add('rs', f.rail.statuses.join(','));
  return out;
}
