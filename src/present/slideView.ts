/** What a slide sets in the view state (the camera is eased to separately, so it moves smoothly). */
import { EMPTY_FILTERS, type FilterState } from '../filters/filterState';
import type { Slide } from './storySchema';

export function slideFilters(slide: Slide): FilterState {
  return {
    projects: { ...EMPTY_FILTERS.projects, ...slide.filters.projects },
    population: EMPTY_FILTERS.population,
    rail: { ...EMPTY_FILTERS.rail, ...slide.filters.rail },
  };
}

/** The slide a 1-based number asks for, kept inside the story. */
export const slideNumber = (n: number, count: number) => Math.min(Math.max(1, Math.round(n)), count);
