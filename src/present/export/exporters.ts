/**
 * PNG, PDF and PowerPoint from scenes. Each page is rendered off screen (renderScene) and framed
 * (composeImage); jsPDF and pptxgenjs are loaded only when a presenter asks for their format.
 */
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { SourceInput } from '../../map/MapController';
import type { Basemap } from '../../map/basemapStyle';
import { visibleLegend } from '../../layers/legend';
import type { Lang } from '../../layers/theme';
import type { Term } from '../../domain/vocabulary';
import type { Frame, Scene } from '../scene';
import { composeImage, type FrameText } from './composeImage';
import { withRenderer } from './renderScene';

export interface ExportContext {
  style: StyleSpecification;
  sources: Record<string, SourceInput>;
  basemap: Basemap;
  lang: Lang;
  maxBounds: [number, number, number, number];
  /** Catalog layers in drawing order, for the legend's titles. */
  entries: readonly { id: string; title: Term }[];
  labels: { sources: string; north: string; date: string };
}

export interface ExportPage {
  scene: Scene;
  frame: Frame;
  /** A swipe compare: the right half is drawn from this scene, each side labelled. */
  compare?: { scene: Scene; labels: [string, string] };
  /** Speaker notes (the deck's notes page). */
  notes?: string;
}

export type Progress = (done: number, total: number) => void;

const today = () => new Date().toLocaleDateString('sv');

function frameText(ctx: ExportContext, frame: Frame): FrameText {
  return { title: frame.title, subtitle: frame.subtitle, caption: frame.caption, sources: frame.sources, date: `${ctx.labels.date} ${today()}`, sourcesLabel: ctx.labels.sources, northLabel: ctx.labels.north };
}

/** The layers drawn on either side of a compare, each once (the legend lists both sides). */
function drawnOnEither(a: readonly LayerSpecification[], b: readonly LayerSpecification[]): LayerSpecification[] {
  const drawn = [...a, ...b].filter((l) => l.layout?.visibility !== 'none');
  return [...new Map(drawn.map((l) => [l.id, l])).values()];
}

type Size = { width: number; height: number; ratio: number };

/** Each page as a framed picture, `width × height` CSS pixels at `ratio`, drawn on one off-screen map. */
async function pageImages(ctx: ExportContext, pages: readonly ExportPage[], size: Size, each: (image: HTMLCanvasElement, page: ExportPage, i: number) => void, progress?: Progress, bare = false) {
  await withRenderer({ ...size, style: ctx.style, sources: ctx.sources, basemap: ctx.basemap, lang: ctx.lang, maxBounds: ctx.maxBounds }, async (render) => {
    for (const [i, page] of pages.entries()) {
      progress?.(i, pages.length);
      const map = await render(page.scene, page.frame.camera);
      const compare = page.compare && { right: await render(page.compare.scene, page.frame.camera), labels: page.compare.labels };
      const legend = visibleLegend(ctx.entries, drawnOnEither(page.scene.layers, page.compare?.scene.layers ?? []));
      each(composeImage({ ...size, map, compare, camera: page.frame.camera, legend, text: frameText(ctx, page.frame), lang: ctx.lang, bare }), page, i);
    }
  });
  progress?.(pages.length, pages.length);
}

const toBlob = (canvas: HTMLCanvasElement, type: string, quality?: number) =>
  new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('canvas.toBlob gave nothing'))), type, quality));

export async function exportPng(ctx: ExportContext, page: ExportPage, size: Size): Promise<Blob> {
  let image: HTMLCanvasElement | undefined;
  await pageImages(ctx, [page], size, (img) => (image = img));
  return toBlob(image!, 'image/png');
}

/** A3 landscape, one page per scene; the page is one picture, so Chinese text prints as drawn. */
export async function exportPdf(ctx: ExportContext, pages: readonly ExportPage[], title: string, progress?: Progress): Promise<Blob> {
  const { jsPDF } = await import('jspdf');
  const pdf = new jsPDF({ orientation: 'landscape', unit: 'mm', format: 'a3', compress: true });
  pdf.setProperties({ title, creator: 'Wenzhou Planning Map' });
  // 1400 × 990 CSS px at 1.5: about 127 dpi on A3, sharp when printed and a few MB per page at most.
  await pageImages(
    ctx,
    pages,
    { width: 1400, height: 990, ratio: 1.5 },
    (image, _, i) => {
      if (i > 0) pdf.addPage('a3', 'landscape');
      pdf.addImage(image.toDataURL('image/jpeg', 0.9), 'JPEG', 0, 0, 420, 297, undefined, 'FAST');
    },
    progress,
  );
  return pdf.output('blob');
}

/** 16:9 deck: the map picture, the title and caption as editable text, the notes on the notes page. */
export async function exportPptx(ctx: ExportContext, pages: readonly ExportPage[], title: string, progress?: Progress): Promise<Blob> {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const deck = new PptxGenJS();
  deck.layout = 'LAYOUT_WIDE';
  deck.title = title;
  const face = 'Microsoft YaHei';
  const add = (image: HTMLCanvasElement, page: ExportPage) => {
    const s = deck.addSlide();
    s.addText(page.frame.title, { x: 0.4, y: 0.2, w: 12.5, h: 0.7, fontSize: 28, bold: true, fontFace: face, color: '1F1B16' });
    if (page.frame.subtitle) s.addText(page.frame.subtitle, { x: 0.4, y: 0.85, w: 8.9, h: 0.3, fontSize: 12, fontFace: face, color: '4A4239' });
    s.addImage({ data: image.toDataURL('image/jpeg', 0.9), x: 0.4, y: 1.2, w: 8.9, h: 5.006 });
    if (page.frame.caption) s.addText(page.frame.caption, { x: 9.5, y: 1.2, w: 3.45, h: 4.2, fontSize: 16, fontFace: face, color: '1F1B16', valign: 'top' });
    s.addText(`${ctx.labels.sources}${ctx.lang === 'zh' ? '：' : ': '}${page.frame.sources.join(ctx.lang === 'zh' ? '；' : '; ')}`, { x: 9.5, y: 5.5, w: 3.45, h: 0.8, fontSize: 10, fontFace: face, color: '4A4239', valign: 'bottom' });
    if (page.notes) s.addNotes(page.notes);
  };
  await pageImages(ctx, pages, { width: 1280, height: 720, ratio: 2 }, add, progress, true);
  return (await deck.write({ outputType: 'blob' })) as Blob;
}

