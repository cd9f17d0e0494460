/** Narrowing the projects to one county: from a map click in the statistics, or the panel's button. */
import type { FilterState } from './filterState';

export function narrowToCounty(filters: FilterState, adcode: string): FilterState {
  return { ...filters, projects: { ...filters.projects, counties: [adcode] } };
}
