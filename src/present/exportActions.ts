/** Which exports the menu offers: the view or slide on screen, and the whole story when presenting. */
import type { SeedDocument, SourceRegistry } from '../data/schemas';
import { DEFAULT_THEME, PRINT_THEME, PROJECTOR_THEME, type Lang } from '../layers/theme';
import type { Camera } from '../state/camera';
import type { StringKey } from '../i18n/strings';
import { exportPdf, exportPng, exportPptx, type ExportContext, type ExportPage } from './export/exporters';
import type { ExportAction } from './ExportMenu';
import { slidePage, viewPage } from './pages';
import type { SceneData, SceneView } from './scene';
import type { Story } from './storySchema';

export interface ExportSetup {
  context: ExportContext;
  data: SceneData;
  registry: SourceRegistry;
  documents: readonly SeedDocument[];
  lang: Lang;
  t(key: StringKey, vars?: Record<string, string | number>): string;
  /** The map's size on screen (CSS px) and where it looks now. */
  screen(): { width: number; height: number; camera: Camera };
  view: SceneView;
  /** When presenting: the story and the 1-based slide on screen. */
  story?: Story;
  slide?: number;
}

export function exportActions(s: ExportSetup): ExportAction[] {
  const current = s.story && s.slide ? s.story.slides[s.slide - 1] : undefined;
  const page = (theme: typeof DEFAULT_THEME): ExportPage =>
    s.story && current
      ? slidePage(s.data, s.registry, s.documents, s.story, current, s.lang, theme)
      : viewPage(s.data, s.registry, s.view, s.screen().camera, s.t('currentView'), s.lang, theme);
  const base = s.story && current ? `${s.story.id}-${current.id}` : 'wenzhou-view';
  const png = (ratio: number): ExportAction => ({
    id: `png${ratio}`,
    label: s.t(ratio === 2 ? 'exportPng2' : 'exportPng3'),
    run: async () => {
      const { width, height } = s.screen();
      return { blob: await exportPng(s.context, page(current ? PROJECTOR_THEME : DEFAULT_THEME), { width, height, ratio }), name: `${base}-${ratio}x.png` };
    },
  });
  const actions: ExportAction[] = [
    png(2),
    png(3),
    { id: 'pdf-view', label: s.t('exportPdfView'), run: async (p) => ({ blob: await exportPdf(s.context, [page(PRINT_THEME)], base, p), name: `${base}.pdf` }) },
  ];
  const story = s.story;
  if (story) {
    const pages = (theme: typeof DEFAULT_THEME) => story.slides.map((slide) => slidePage(s.data, s.registry, s.documents, story, slide, s.lang, theme));
    actions.push(
      { id: 'pdf-story', label: s.t('exportPdfStory'), run: async (p) => ({ blob: await exportPdf(s.context, pages(PRINT_THEME), story.title.en, p), name: `${story.id}.pdf` }) },
      { id: 'pptx', label: s.t('exportPptx'), run: async (p) => ({ blob: await exportPptx(s.context, pages(PROJECTOR_THEME), story.title[s.lang], p), name: `${story.id}.pptx` }) },
    );
  }
  return actions;
}
