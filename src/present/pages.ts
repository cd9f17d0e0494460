/**
 * Export pages from a slide or from the view on screen: the scene to draw and the frame's text.
 * Sources are the slide's citations and the credits of the datasets the drawn layers come from.
 */
import type { Catalog, SeedDocument, SourceRegistry } from '../data/schemas';
import type { Lang, Theme } from '../layers/theme';
import type { Camera } from '../state/camera';
import { citationTexts } from './citationText';
import type { ExportPage } from './export/exporters';
import { sceneOf, type SceneData, type SceneView } from './scene';
import { slideView } from './slideView';
import type { Slide, Story } from './storySchema';

/** Dataset credits as plain text (a registry's attribution may carry a link). */
export function creditsOf(registry: SourceRegistry, catalog: Catalog, layers: readonly string[]): string[] {
  const ids = [...catalog.basemap.sources, ...catalog.layers.filter((l) => layers.includes(l.id)).flatMap((l) => l.sources)];
  const text = ids.map((id) => registry.find((s) => s.id === id)?.attribution.replace(/<[^>]*>/g, '').trim()).filter((s): s is string => !!s);
  return [...new Set(text)];
}

export function slidePage(data: SceneData, registry: SourceRegistry, documents: readonly SeedDocument[], story: Story, slide: Slide, lang: Lang, theme: Theme): ExportPage {
  return {
    scene: sceneOf(data, slideView(slide), lang, theme),
    // A compare slide is pictured as it opens: left side | right side, split in the middle.
    compare: slide.compare && {
      scene: sceneOf(data, slideView(slide, 'right'), lang, theme),
      labels: [slide.compare.left.label[lang], slide.compare.right.label[lang]],
    },
    frame: {
      camera: slide.camera,
      title: slide.title[lang],
      subtitle: story.title[lang],
      caption: slide.caption[lang],
      sources: [...citationTexts(slide.sources, documents, lang), ...creditsOf(registry, data.catalog, [...slide.layers, ...(slide.compare?.left.layers ?? []), ...(slide.compare?.right.layers ?? [])])],
    },
    notes: slide.notes[lang],
  };
}

export function viewPage(data: SceneData, registry: SourceRegistry, view: SceneView, camera: Camera, title: string, lang: Lang, theme: Theme): ExportPage {
  return { scene: sceneOf(data, view, lang, theme), frame: { camera, title, sources: creditsOf(registry, data.catalog, view.layers) } };
}
