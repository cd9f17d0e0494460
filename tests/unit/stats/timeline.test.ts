import { describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import { timelineCounts } from '../../../src/stats/timeline';

const project = (id: string, start_year?: number): Feature => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [120.7, 28] }, properties: { id, ...(start_year && { start_year }) } });

describe('timeline counts', () => {
  const all = [project('a', 2019), project('b', 2022), project('c')];
  it('counts the drawn projects, the ones with no years, and status changes up to the year', () => {
    const changes = [
      { project_id: 'a', date: '2021-03-01' },
      { project_id: 'a', date: '2023-05-01' },
      { project_id: 'b', date: '2023-01-01' },
    ];
    expect(timelineCounts(all.slice(0, 2), all, changes, 2022)).toEqual({ shown: 2, unstated: 1, changed: 1 });
    expect(timelineCounts(all.slice(0, 2), all, changes, 2023)).toEqual({ shown: 2, unstated: 1, changed: 2 });
    // A change to a project that is not drawn is not counted.
    expect(timelineCounts(all.slice(1, 2), all, changes, 2021)).toEqual({ shown: 1, unstated: 1, changed: 0 });
  });
});
