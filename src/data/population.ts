/**
 * The county population table is kept in long format (one indicator, year and source per row,
 * as the statistics are published) and pivoted here into flat properties that MapLibre
 * expressions and the feature panel can read.
 */
import type { FeatureCollection } from 'geojson';
import type { PopulationRow } from './schemas';

export interface CountyPopulation {
  /** Year-end resident population 2021, 万人 (10,000 persons). */
  pop_2021_wan?: number;
  pop_2023_wan?: number;
  /** Census resident population, persons. */
  census_2010?: number;
  census_2020?: number;
  urbanization_2021_pct?: number;
}

const columns: Record<string, keyof CountyPopulation> = {
  'resident_population_yearend/2021': 'pop_2021_wan',
  'resident_population_yearend/2023': 'pop_2023_wan',
  'census_resident_population/2010': 'census_2010',
  'census_resident_population/2020': 'census_2020',
  'urbanization_rate/2021': 'urbanization_2021_pct',
};

export function populationByCounty(rows: readonly PopulationRow[]): Map<string, CountyPopulation> {
  const table = new Map<string, CountyPopulation>();
  for (const row of rows) {
    const key = columns[`${row.indicator}/${row.year}`];
    // Empty cells are gaps in the sources, not zeros.
    if (!key || !row.adcode || row.value === '') continue;
    const entry = table.get(row.adcode) ?? {};
    entry[key] = Number(row.value);
    table.set(row.adcode, entry);
  }
  return table;
}

/**
 * The 2010 census counted on 2010 boundaries. Two changes since then make some counties not
 * comparable one to one (research note stations-census.md §4.4); for them no change is computed.
 */
export const NOT_COMPARABLE_WITH_2010: Record<string, string> = {
  '330303': '2015年灵昆街道由龙湾区划入洞头区',
  '330305': '2015年灵昆街道由龙湾区划入洞头区',
  '330327': '2019年龙港撤镇设市，从苍南县析出',
  '330383': '2019年龙港撤镇设市，从苍南县析出',
};

/** Adds the population columns, density (persons/km²) and change since 2010 (%) to each county by adcode. */
export function joinPopulation(fc: FeatureCollection, table: Map<string, CountyPopulation>): FeatureCollection {
  return {
    ...fc,
    features: fc.features.map((f) => {
      const props = f.properties ?? {};
      const pop = table.get(String(props.adcode)) ?? {};
      const density = pop.pop_2021_wan !== undefined && props.area_km2 ? Math.round((pop.pop_2021_wan * 1e4) / props.area_km2) : undefined;
      const code = String(props.adcode);
      const comparable = pop.pop_2021_wan !== undefined && pop.census_2010 !== undefined && !(code in NOT_COMPARABLE_WITH_2010);
      const change = comparable ? Math.round(((pop.pop_2021_wan! * 1e4 - pop.census_2010!) / pop.census_2010!) * 1000) / 10 : undefined;
      return {
        ...f,
        properties: {
          ...props,
          ...pop,
          ...(density !== undefined ? { density_2021: density } : {}),
          ...(change !== undefined ? { change_2010_2021_pct: change } : {}),
          ...(code in NOT_COMPARABLE_WITH_2010 ? { change_note: NOT_COMPARABLE_WITH_2010[code] } : {}),
        },
      };
    }),
  };
}
