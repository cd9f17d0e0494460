/**
 * A second layer of an existing kind is a file plus a catalog entry: prepared, filtered, counted
 * and drawn like the first, with no code naming it.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { catalogSchema, type PopulationRow } from '../../../src/data/schemas';
import { prepareLayers, type Loaded } from '../../../src/data/prepareLayers';
import { populationByCounty } from '../../../src/data/population';
import { choroplethOf, countyRows, filteredView } from '../../../src/filters/filteredView';
import { EMPTY_FILTERS } from '../../../src/filters/filterState';
import { mapLayers, mapSources, stackStates } from '../../../src/layers/mapInputs';
import { DEFAULT_THEME } from '../../../src/layers/theme';

const read = (f: string) => JSON.parse(readFileSync(`geodata/${f}`, 'utf8'));
const base = catalogSchema.parse(read('catalog.json'));
const projectsEntry = base.layers.find((l) => l.id === 'projects')!;
const catalog = { ...base, layers: [...base.layers, { ...projectsEntry, id: 'projects-2024', file: 'projects/projects-2024.geojson' }] };
const projects = read('projects/projects.geojson');
const extra = { type: 'FeatureCollection', features: projects.features.slice(0, 3).map((f: GeoJSON.Feature) => ({ ...f, properties: { ...f.properties, id: `${f.properties!.id}-2024` } })) };
const raw: Record<string, Loaded> = Object.fromEntries(catalog.layers.map((l) => [l.id, l.id === 'projects-2024' ? extra : read(l.file)]));
const population = populationByCounty(Papa.parse<PopulationRow>(readFileSync('geodata/population/county-population.csv', 'utf8'), { header: true, skipEmptyLines: true }).data);

describe('a second project layer', () => {
  const byLayer = prepareLayers(catalog.layers, raw, population);

  it('gets structure zones like the first', () => {
    expect(byLayer['projects-2024']!.features.every((f) => 'near_node' in f.properties!)).toBe(true);
  });

  it('is filtered and counted with the first, and feeds the statistics', () => {
    const counties = countyRows(catalog.layers, byLayer);
    const filters = { ...EMPTY_FILTERS, projects: { ...EMPTY_FILTERS.projects, categories: ['产业'] } };
    const view = filteredView(catalog.layers, byLayer, filters, counties, choroplethOf(counties, filters.population));
    const expectedExtra = extra.features.filter((f: GeoJSON.Feature) => f.properties!.category === '产业').length;
    expect(view.counts['projects-2024']).toEqual({ shown: expectedExtra, total: 3 });
    expect(view.filters['projects-2024']).toEqual(view.filters.projects);
    expect(view.allProjects).toHaveLength(projects.features.length + 3);
  });

  it('gets its own sources, stacks and style layers', () => {
    const { sources, stacks } = mapSources(catalog.layers, byLayer, 'credit');
    expect(Object.keys(sources)).toContain('wz-projects-2024');
    expect(Object.keys(sources)).toContain('wz-projects-2024-stacks');
    const layers = mapLayers(catalog.layers, { visible: new Set(['projects-2024']), opacity: {}, lang: 'zh', theme: DEFAULT_THEME, filters: {}, choropleth: undefined, stacks });
    expect(layers.some((l) => l.id === 'projects-2024:precise' && l.layout?.visibility === 'visible')).toBe(true);
    expect(stackStates(stacks, {}, byLayer).length).toBeGreaterThan(0);
  });

  it('goes on without the zone layer when that file failed', () => {
    const out = prepareLayers(catalog.layers, { ...raw, 'structure-zones': 'failed' }, population);
    expect(out['projects-2024']!.features).toHaveLength(3);
    expect(out['projects-2024']!.features.some((f) => 'zone' in f.properties!)).toBe(false);
  });
});
