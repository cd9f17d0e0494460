import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '../../../src/filters/filterState';
import { freshSlideId, slideFromView } from '../../../src/present/slideFromView';
import { slideView } from '../../../src/present/slideView';
import { storySchema } from '../../../src/present/storySchema';

const camera = { center: [120.6994123, 27.9938456] as [number, number], zoom: 10.23456, bearing: 0, pitch: 0 };

describe('save this view as a slide', () => {
  it('keeps the camera, layers, opacity, filters and selection, and gives back the same view', () => {
    const filters = { ...EMPTY_FILTERS, projects: { ...EMPTY_FILTERS.projects, categories: ['产业'], years: [2020, 2025] as [number, number] }, rail: { lines: ['S1'], statuses: [] } };
    const { slide, dropped } = slideFromView({ camera, layers: ['counties', 'projects'], opacity: { projects: 0.5, belts: 0.2 }, filters, selected: { layer: 'projects', id: 'p1' } }, 'slide-1');
    expect(dropped).toEqual([]);
    expect(slide.camera).toEqual({ center: [120.69941, 27.99385], zoom: 10.23, bearing: 0, pitch: 0 });
    // Opacity of a layer the slide does not show is left out (validate would reject it).
    expect(slide.opacity).toEqual({ projects: 0.5 });
    expect(slide.filters).toEqual({ projects: { categories: ['产业'], years: [2020, 2025] }, rail: { lines: ['S1'] } });
    expect(slide.highlight).toEqual([{ layer: 'projects', id: 'p1' }]);
    const back = slideView(slide);
    expect(back.filters.projects.categories).toEqual(['产业']);
    expect(back.filters.projects.years).toEqual([2020, 2025]);
    expect(back.filters.rail.lines).toEqual(['S1']);
  });

  it('names the filters a slide cannot hold', () => {
    const filters = { ...EMPTY_FILTERS, projects: { ...EMPTY_FILTERS.projects, q: '新区', investment: [10, 50] as [number, number] } };
    expect(slideFromView({ camera, layers: ['projects'], opacity: {}, filters }, 's').dropped).toEqual(['investment', 'q']);
  });

  it('leaves the texts empty, so the schema asks for a title, caption, notes and a source', () => {
    const { slide } = slideFromView({ camera, layers: ['projects'], opacity: {}, filters: EMPTY_FILTERS }, 'slide-1');
    const r = storySchema.safeParse({ id: 'draft', title: { zh: '草稿', en: 'Draft' }, slides: [slide] });
    expect(r.success).toBe(false);
    const paths = r.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['slides.0.title.zh', 'slides.0.caption.zh', 'slides.0.notes.zh', 'slides.0.sources']));
  });

  it('numbers new slides past the ones taken', () => {
    expect(freshSlideId([])).toBe('slide-1');
    expect(freshSlideId(['slide-2', 'x'])).toBe('slide-3');
    expect(freshSlideId(['slide-2'])).toBe('slide-3');
  });
});
