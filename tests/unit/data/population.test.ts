import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { joinPopulation, populationByCounty } from '../../../src/data/population';
import type { PopulationRow } from '../../../src/data/schemas';
import { COUNTY_NAMES } from '../../../src/domain/counties';

const rows = Papa.parse<PopulationRow>(readFileSync('geodata/population/county-population.csv', 'utf8'), { header: true, skipEmptyLines: true }).data;

describe('county population table', () => {
  const table = populationByCounty(rows);

  it('has the 2021 year-end population of all 12 units, summing to the city total of 964.50万', () => {
    const values = Object.keys(COUNTY_NAMES).map((code) => table.get(code)?.pop_2021_wan);
    expect(values.every((v) => typeof v === 'number')).toBe(true);
    const sum = values.reduce<number>((a, b) => a + (b ?? 0), 0);
    expect(sum).toBeCloseTo(964.5, 2);
    expect(table.get('330300')?.pop_2021_wan).toBe(964.5);
  });

  it('keeps empty cells as gaps, not zeros', () => {
    expect(table.get('330303')?.census_2020).toBeUndefined();
    expect(table.get('330302')?.census_2020).toBe(1167164);
  });

  it('joins by adcode and derives density from the polygon area', () => {
    const fc = {
      type: 'FeatureCollection' as const,
      features: [{ type: 'Feature' as const, properties: { adcode: '330302', area_km2: 293.27 }, geometry: { type: 'Point' as const, coordinates: [120.6, 28] } }],
    };
    const props = joinPopulation(fc, table).features[0]!.properties!;
    expect(props.pop_2021_wan).toBe(118.95);
    expect(props.urbanization_2021_pct).toBe(90.7);
    expect(props.density_2021).toBe(Math.round(1189500 / 293.27));
  });
});

describe('population plan targets (seed 004, 表6)', () => {
  const targets = Papa.parse<Record<string, string>>(readFileSync('geodata/population/zone-targets.csv', 'utf8'), { header: true, skipEmptyLines: true }).data;
  const series = (indicator: string, zone: string) =>
    targets.filter((r) => r.indicator === indicator && r.zone === zone).map((r) => `${r.year}:${r.value_text}`);

  it('keeps the main and sub-centre shares with their comparators as the plan writes them', () => {
    expect(series('resident_share', 'main')).toEqual(['2020:59.8', '2025:>60', '2030:>62', '2035:>65']);
    expect(series('resident_share', 'sub')).toEqual(['2020:17.35', '2025:18', '2030:18.5', '2035:>19']);
  });

  it('keeps the central-city primacy, with the 2035 target in words and no invented number', () => {
    expect(series('central_city_primacy', 'central_city')).toEqual(['2020:31.38', '2025:32.67', '2030:34.07', '2035:逐年提高']);
    expect(targets.find((r) => r.indicator === 'central_city_primacy' && r.year === '2035')?.value).toBe('');
  });
});
