import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection } from 'geojson';
import { groupBy, sortRows, totals } from '../../../src/stats/aggregate';
import { CSV_COLUMNS, projectsCsv } from '../../../src/stats/exportTable';
import { BOM } from '../../../src/stats/csv';
import { zoneShares } from '../../../src/stats/zoneShares';
import { joinPopulation, populationByCounty } from '../../../src/data/population';
import type { PopulationRow } from '../../../src/data/schemas';

const rows = [
  { id: 'a', county_adcode: '330302', category: '产业', investment_total_yi: 10.25, start_year: 2022 },
  { id: 'b', county_adcode: '330302', category: '民生' },
  { id: 'c', county_adcode: '330381', category: '产业', investment_total_yi: 0.1 },
];

describe('aggregations', () => {
  it('counts and sums investment per group, noting how many projects give a figure', () => {
    expect(groupBy(rows, 'county_adcode')).toEqual([
      { key: '330302', count: 2, investment: 10.25, withInvestment: 1 },
      { key: '330381', count: 1, investment: 0.1, withInvestment: 1 },
    ]);
    expect(totals(rows)).toMatchObject({ count: 3, investment: 10.35, withInvestment: 2 });
  });

  it('sorts with missing values last in both directions', () => {
    expect(sortRows(rows, 'investment_total_yi', 'desc').map((r) => r.id)).toEqual(['a', 'c', 'b']);
    expect(sortRows(rows, 'investment_total_yi', 'asc').map((r) => r.id)).toEqual(['c', 'a', 'b']);
  });
});

describe('CSV export', () => {
  it('starts with a UTF-8 byte-order mark and keeps Chinese text and commas intact', () => {
    const f: Feature = { type: 'Feature', properties: { id: 'p1', name_zh: '温州湾新区，一期', category: '产业', investment_total_yi: 12.5 }, geometry: { type: 'Point', coordinates: [120.8, 27.9] } };
    const csv = projectsCsv([f]);
    expect(csv.startsWith(BOM)).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.meta.fields!.slice(0, CSV_COLUMNS.length)).toEqual([...CSV_COLUMNS]);
    expect(parsed.data[0]).toMatchObject({ id: 'p1', name_zh: '温州湾新区，一期', investment_total_yi: '12.5', lng: '120.8', lat: '27.9' });
    // Codes stay as in the data (empty when unstated); the label columns say what they mean.
    expect(parsed.data[0]).toMatchObject({ status: '', status_label: '未注明', category_label: '产业' });
    expect(Papa.parse<Record<string, string>>(projectsCsv([f], 'en').slice(1), { header: true }).data[0]).toMatchObject({ category_label: 'Industry', status_label: 'not stated' });
  });
});

describe('zone population shares', () => {
  it('sums whole member counties: main centre 691.07万 = 71.7% of 964.50万', () => {
    const table = populationByCounty(Papa.parse<PopulationRow>(readFileSync('geodata/population/county-population.csv', 'utf8'), { header: true, skipEmptyLines: true }).data);
    const counties = joinPopulation(JSON.parse(readFileSync('geodata/admin/counties.geojson', 'utf8')) as FeatureCollection, table);
    const zones = JSON.parse(readFileSync('geodata/structure/zones.geojson', 'utf8')) as FeatureCollection;
    const [main, sub] = zoneShares(zones.features, counties.features, ['main', 'sub']);
    expect(main).toMatchObject({ pop2021: 691.07, share2021: 71.7 });
    expect(sub).toMatchObject({ pop2021: 217.94, share2021: 22.6 });
  });
});
