/** What a slide sets in the view state (the camera is eased to separately, so it moves smoothly). */
import { EMPTY_FILTERS, type FilterState } from '../filters/filterState';
import type { SceneView } from './scene';
import type { Slide, SlideFilters } from './storySchema';

export function slideFilters(slide: Slide, own: SlideFilters = slide.filters): FilterState {
  const years = slide.years ?? own.projects?.years;
  return {
    projects: { ...EMPTY_FILTERS.projects, ...own.projects, ...(years && { years }) },
    population: EMPTY_FILTERS.population,
    rail: { ...EMPTY_FILTERS.rail, ...own.rail },
  };
}

export type CompareSideName = 'left' | 'right';

/**
 * The view a slide shows; for a compare slide, one side of it (a side's layers and filters
 * replace the slide's, the rest is shared). The live map draws the left side.
 */
export function slideView(slide: Slide, side: CompareSideName = 'left'): SceneView {
  const own = slide.compare?.[side];
  return { layers: own?.layers ?? slide.layers, opacity: slide.opacity, filters: slideFilters(slide, own?.filters ?? slide.filters), highlight: slide.highlight };
}

/** The slide a 1-based number asks for, kept inside the story. */
export const slideNumber = (n: number, count: number) => Math.min(Math.max(1, Math.round(n)), count);
