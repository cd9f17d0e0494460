import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, type ProjectFilter } from '../../../src/filters/filterState';
import { projectFilterExpression, projectPredicate } from '../../../src/filters/projectFilter';

const projects: Record<string, unknown>[] = [
  { id: 'a', name_zh: '温州湾新区产业园', name_en: 'Wenzhou Bay park', category: '产业', subcategory: '制造业', status: 'under_construction', county_adcode: '330303', zone: 'main', investment_total_yi: 120, start_year: 2021, end_year: 2025 },
  { id: 'b', name_zh: '文成旅游度假区', name_en: 'Wencheng resort', category: '民生', subcategory: '文化旅游', status: 'planned', county_adcode: '330328', zone: 'pole', investment_total_yi: 30, start_year: 2023 },
  { id: 'c', name_zh: '瑞安港区', name_en: "Rui'an port", category: '基础设施', subcategory: '交通', status: 'under_construction', county_adcode: '330381', zone: 'main', start_year: 2019, end_year: 2022 },
  { id: 'd', name_zh: '苍南海上风电', name_en: 'Cangnan offshore wind', category: '基础设施', subcategory: '能源', status: 'planned', county_adcode: '330327', zone: 'sub', investment_total_yi: 55.5 },
];

const base = EMPTY_FILTERS.projects;
const cases: [string, ProjectFilter, string[] | undefined, string[]][] = [
  ['no filter', base, undefined, ['a', 'b', 'c', 'd']],
  ['category', { ...base, categories: ['基础设施'] }, undefined, ['c', 'd']],
  ['category + status + zone', { ...base, categories: ['产业', '基础设施'], statuses: ['under_construction'], zones: ['main'] }, undefined, ['a', 'c']],
  ['investment over 50 hides projects with no figure', { ...base, investment: [50, 1000] }, undefined, ['a', 'd']],
  ['year overlap; a single start year counts as one year', { ...base, years: [2023, 2030] }, undefined, ['a', 'b']],
  ['text in Chinese', { ...base, q: '旅游' }, undefined, ['b']],
  ['text in English, any case', { ...base, q: 'PORT' }, undefined, ['c']],
  ['counties', { ...base, counties: ['330303', '330327'] }, undefined, ['a', 'd']],
  ['counties narrowed by the population range', { ...base, counties: ['330303', '330327'] }, ['330303', '330381'], ['a']],
  ['population range alone', base, ['330381'], ['c']],
];

describe('project filter', () => {
  it.each(cases)('%s: predicate and MapLibre expression select the same projects', (_name, filter, allowed, expected) => {
    const byPredicate = projects.filter(projectPredicate(filter, allowed)).map((p) => p.id);
    expect(byPredicate).toEqual(expected);
    const expr = projectFilterExpression(filter, allowed);
    if (!expr) return expect(expected).toHaveLength(projects.length);
    const compiled = featureFilter(expr, 'layers[0].filter');
    const byExpression = projects.filter((p) => compiled.filter({ zoom: 10 }, { type: 1, properties: p, geometry: [] } as never)).map((p) => p.id);
    expect(byExpression).toEqual(expected);
  });
});
