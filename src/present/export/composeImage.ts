/**
 * Draws a map image and its frame into one picture: title (and caption), a legend of the drawn
 * layers, scale bar, north arrow, sources and date. Text is drawn by the browser with the system's
 * CJK fonts, so Chinese comes out right in the PNG, in the PDF (which embeds this picture) and in
 * the deck. Sizes are CSS pixels; the canvas has `ratio` device pixels per CSS pixel.
 */
import type { LegendGroup, LegendItem } from '../../layers/legend';
import type { Lang } from '../../layers/theme';
import type { Camera } from '../../state/camera';

export interface FrameText {
  title: string;
  subtitle?: string;
  caption?: string;
  sources: string[];
  /** "制图日期 2026-12-02" — the date the image was made, not the data's date. */
  date: string;
  /** What the credits line starts with ("数据来源" / "Sources"). */
  sourcesLabel: string;
  northLabel: string;
}

export interface ComposeOptions {
  /** The map's canvas, `width × height` CSS pixels at `ratio`. */
  map: CanvasImageSource;
  width: number;
  height: number;
  ratio: number;
  camera: Camera;
  legend: readonly LegendGroup[];
  text: FrameText;
  lang: Lang;
  /** A swipe compare: the right half comes from `right`, and each side carries its label. */
  compare?: { right: CanvasImageSource; labels: [string, string] };
  /** Leave the title and caption out (the deck puts them in its own text boxes). */
  bare?: boolean;
}

const FONT = '"Noto Sans CJK SC", "Noto Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif';
const INK = '#1f1b16';
const MUTED = '#4a4239';
const PAPER = 'rgba(255,255,255,0.92)';

/** Breaks text into lines no wider than `max`: between words, and between any two CJK characters. */
export function wrapText(measure: (s: string) => number, text: string, max: number): string[] {
  const tokens = text.match(/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]+|\s+/g) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const next = line + token;
    if (line && measure(next.trimEnd()) > max) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line = next;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** A scale bar length (metres) that is 1, 2 or 5 × 10ⁿ and at most `maxPx` long. */
export function scaleBar(camera: Camera, maxPx: number): { metres: number; px: number; label: string } {
  const metresPerPx = (40075016.686 * Math.cos((camera.center[1] * Math.PI) / 180)) / (512 * 2 ** camera.zoom);
  const maxMetres = metresPerPx * maxPx;
  const pow = 10 ** Math.floor(Math.log10(maxMetres));
  const metres = [5, 2, 1].map((m) => m * pow).find((m) => m <= maxMetres) ?? pow;
  return { metres, px: metres / metresPerPx, label: metres >= 1000 ? `${metres / 1000} km` : `${metres} m` };
}

function swatch(ctx: CanvasRenderingContext2D, item: LegendItem, x: number, y: number) {
  ctx.save();
  ctx.lineWidth = 1.5;
  if (item.kind === 'fill') {
    ctx.fillStyle = item.color;
    ctx.strokeStyle = item.stroke ?? item.color;
    ctx.fillRect(x, y - 7, 22, 14);
    ctx.strokeRect(x, y - 7, 22, 14);
  } else if (item.kind === 'line') {
    ctx.strokeStyle = item.color;
    ctx.lineWidth = 4;
    ctx.setLineDash(item.dash?.map((d) => d * 4) ?? []);
    ctx.beginPath();
    ctx.moveTo(x, y);
    ctx.lineTo(x + 22, y);
    ctx.stroke();
  } else {
    ctx.beginPath();
    ctx.arc(x + 11, y, 6, 0, Math.PI * 2);
    if (!item.hollow) {
      ctx.fillStyle = item.color;
      ctx.fill();
    }
    if (item.stroke || item.hollow) {
      ctx.strokeStyle = item.stroke ?? item.color;
      ctx.lineWidth = item.hollow ? 2.5 : 1.5;
      ctx.stroke();
    }
  }
  ctx.restore();
}

function panel(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number) {
  ctx.fillStyle = PAPER;
  ctx.strokeStyle = 'rgba(0,0,0,0.25)';
  ctx.lineWidth = 1;
  ctx.fillRect(x, y, w, h);
  ctx.strokeRect(x + 0.5, y + 0.5, w - 1, h - 1);
}

export function composeImage(o: ComposeOptions): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(o.width * o.ratio);
  canvas.height = Math.round(o.height * o.ratio);
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(o.map, 0, 0, canvas.width, canvas.height);
  const half = Math.round(canvas.width / 2);
  if (o.compare) ctx.drawImage(o.compare.right, half, 0, canvas.width - half, canvas.height, half, 0, canvas.width - half, canvas.height);
  ctx.scale(o.ratio, o.ratio);
  ctx.textBaseline = 'middle';
  const pad = 16;
  const font = (px: number, weight = 400) => `${weight} ${px}px ${FONT}`;

  // Title band: story title, slide title, caption wrapped to the band's width.
  let top = 0;
  if (!o.bare) {
    ctx.font = font(16);
    const captionLines = o.text.caption ? wrapText((s) => ctx.measureText(s).width, o.text.caption, o.width - 2 * pad) : [];
    const h = (o.text.subtitle ? 24 : 0) + 44 + captionLines.length * 24 + pad;
    ctx.fillStyle = PAPER;
    ctx.fillRect(0, 0, o.width, h);
    let y = pad;
    if (o.text.subtitle) {
      ctx.fillStyle = MUTED;
      ctx.font = font(15);
      ctx.fillText(o.text.subtitle, pad, y + 8);
      y += 24;
    }
    ctx.fillStyle = INK;
    ctx.font = font(30, 700);
    ctx.fillText(o.text.title, pad, y + 17);
    y += 44;
    ctx.font = font(17);
    for (const line of captionLines) {
      ctx.fillText(line, pad, y + 10);
      y += 24;
    }
    top = h;
  }

  // Compare: the divider, and each side's label under the band beside it.
  if (o.compare) {
    const x = o.width / 2;
    ctx.fillStyle = PAPER;
    ctx.fillRect(x - 2, top, 4, o.height - top);
    ctx.font = font(18, 700);
    const [left, right] = o.compare.labels;
    const lw = ctx.measureText(left).width + 20;
    const rw = ctx.measureText(right).width + 20;
    panel(ctx, x - 12 - lw, top + pad, lw, 34);
    panel(ctx, x + 12, top + pad, rw, 34);
    ctx.fillStyle = INK;
    ctx.fillText(left, x - 2 - lw, top + pad + 17);
    ctx.fillText(right, x + 22, top + pad + 17);
  }

  // North arrow, top right under the band, turned with the map.
  const nx = o.width - pad - 22;
  const ny = top + pad + 30;
  panel(ctx, nx - 22, ny - 30, 44, 62);
  ctx.save();
  ctx.translate(nx, ny);
  ctx.rotate((-o.camera.bearing * Math.PI) / 180);
  ctx.fillStyle = INK;
  ctx.beginPath();
  ctx.moveTo(0, -18);
  ctx.lineTo(9, 10);
  ctx.lineTo(0, 4);
  ctx.lineTo(-9, 10);
  ctx.closePath();
  ctx.fill();
  ctx.restore();
  ctx.fillStyle = INK;
  ctx.font = font(13, 700);
  ctx.textAlign = 'center';
  ctx.fillText(o.text.northLabel, nx, ny + 22);
  ctx.textAlign = 'left';

  // Footer: sources and date.
  ctx.font = font(12);
  const footer = `${o.text.sourcesLabel}${o.lang === 'zh' ? '：' : ': '}${o.text.sources.join(o.lang === 'zh' ? '；' : '; ')}`;
  const dateWidth = ctx.measureText(o.text.date).width;
  const footLines = wrapText((s) => ctx.measureText(s).width, footer, o.width - 3 * pad - dateWidth).slice(0, 3);
  const footH = footLines.length * 17 + 12;
  const footTop = o.height - footH;
  ctx.fillStyle = PAPER;
  ctx.fillRect(0, footTop, o.width, footH);
  ctx.fillStyle = MUTED;
  footLines.forEach((line, i) => ctx.fillText(line, pad, footTop + 6 + 8 + i * 17));
  ctx.fillText(o.text.date, o.width - pad - dateWidth, footTop + 6 + 8);

  // Scale bar, bottom right above the footer.
  const bar = scaleBar(o.camera, 160);
  const sx = o.width - pad - bar.px;
  const sy = footTop - pad - 10;
  panel(ctx, sx - 10, sy - 24, bar.px + 20, 40);
  ctx.fillStyle = INK;
  ctx.fillRect(sx, sy, bar.px, 4);
  ctx.fillRect(sx, sy - 6, 2, 10);
  ctx.fillRect(sx + bar.px - 2, sy - 6, 2, 10);
  ctx.font = font(13);
  ctx.textAlign = 'center';
  ctx.fillText(bar.label, sx + bar.px / 2, sy - 12);
  ctx.textAlign = 'left';

  // Legend, bottom left above the footer: one row per item, layers titled.
  const rows: { text: string; item?: LegendItem; bold?: boolean }[] = [];
  for (const g of o.legend) {
    const labelled = g.items.length > 1 && g.items.some((i) => i.label);
    if (!labelled) rows.push({ text: g.title[o.lang], item: g.items[0] });
    else {
      rows.push({ text: g.title[o.lang], bold: true });
      for (const item of g.items.slice(0, 6)) rows.push({ text: item.label?.[o.lang] ?? '', item });
    }
  }
  if (rows.length) {
    const rowH = 20;
    const maxRows = Math.max(1, Math.floor((footTop - top - 3 * pad) / rowH));
    const shown = rows.slice(0, maxRows);
    const w = Math.max(...shown.map((r) => ((ctx.font = font(14, r.bold ? 700 : 400)), ctx.measureText(r.text).width))) + 52;
    const h = shown.length * rowH + 12;
    const lx = pad;
    const ly = footTop - pad - h;
    panel(ctx, lx, ly, w, h);
    shown.forEach((r, i) => {
      const y = ly + 6 + rowH * i + rowH / 2;
      ctx.font = font(14, r.bold ? 700 : 400);
      ctx.fillStyle = INK;
      if (r.item) swatch(ctx, r.item, lx + 10, y);
      ctx.fillText(r.text, lx + (r.item ? 40 : 10), y);
    });
  }
  return canvas;
}
