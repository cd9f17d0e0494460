/**
 * "Save this view as a slide": the view state (camera, layers, opacity, filters, selection) as a
 * slide, with empty texts for the editor to fill (the story schema names what is missing). The
 * filters a slide cannot hold are named, so the presenter knows the slide shows more than the view.
 */
import type { FilterState } from '../filters/filterState';
import type { Camera } from '../state/camera';
import type { Slide, SlideFilters } from './storySchema';

export interface ViewForSlide {
  camera: Camera;
  layers: readonly string[];
  opacity: Record<string, number>;
  filters: FilterState;
  selected?: { layer: string; id: string };
  /** Where the selected feature's facts come from, offered as the slide's first source. */
  selectedSource?: { doc: string; lines?: string };
}

/** Filter settings a slide has no field for (they would be lost on saving). */
export type DroppedFilter = 'subcategories' | 'investment' | 'q' | 'population';

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

export function slideFromView(view: ViewForSlide, id: string): { slide: Slide; dropped: DroppedFilter[] } {
  const p = view.filters.projects;
  const projects: NonNullable<SlideFilters['projects']> = {};
  if (p.categories.length) projects.categories = p.categories as never;
  if (p.statuses.length) projects.statuses = p.statuses as never;
  if (p.counties.length) projects.counties = [...p.counties];
  if (p.zones.length) projects.zones = p.zones as never;
  if (p.years) projects.years = [...p.years];
  const r = view.filters.rail;
  const rail: NonNullable<SlideFilters['rail']> = {};
  if (r.lines.length) rail.lines = [...r.lines];
  if (r.statuses.length) rail.statuses = r.statuses as never;
  const dropped: DroppedFilter[] = [];
  if (p.subcategories.length) dropped.push('subcategories');
  if (p.investment) dropped.push('investment');
  if (p.q.trim()) dropped.push('q');
  if (view.filters.population.range) dropped.push('population');
  const opacity = Object.fromEntries(Object.entries(view.opacity).filter(([layer]) => view.layers.includes(layer)));
  const { camera } = view;
  return {
    slide: {
      id,
      title: { zh: '', en: '' },
      caption: { zh: '', en: '' },
      notes: { zh: '', en: '' },
      sources: view.selectedSource ? [view.selectedSource] : [],
      // The URL's precision: about a metre, a hundredth of a zoom level.
      camera: { center: [round(camera.center[0], 5), round(camera.center[1], 5)], zoom: round(camera.zoom, 2), bearing: round(camera.bearing, 1), pitch: round(camera.pitch, 1) },
      layers: [...view.layers],
      opacity,
      filters: { ...(Object.keys(projects).length && { projects }), ...(Object.keys(rail).length && { rail }) },
      highlight: view.selected ? [view.selected] : [],
    },
    dropped,
  };
}

/** A slide id not yet used in the story: slide-1, slide-2… */
export function freshSlideId(taken: readonly string[]): string {
  for (let n = taken.length + 1; ; n++) if (!taken.includes(`slide-${n}`)) return `slide-${n}`;
}

