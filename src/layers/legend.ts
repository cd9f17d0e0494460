/**
 * The legend is read off the same layer specs the map draws, so the two cannot drift apart:
 * literal colours give one item, `match` expressions one item per value, `step` expressions one
 * item per class.
 */
import type { LayerSpecification } from 'maplibre-gl';
import type { Term } from '../domain/vocabulary';
import type { LayerMetadata, SizeLegend } from './types';

type Label = Term;

export interface LegendItem {
  kind: 'fill' | 'line' | 'circle';
  color: string;
  /** For fills and circles: the outline drawn with it, if any. */
  stroke?: string;
  /** The line's dash pattern in line widths, as the map draws it. */
  dash?: number[];
  /** Hollow circles mark features placed less precisely (e.g. at a county seat). */
  hollow?: boolean;
  label?: Label;
}

/** The colour a paint value shows when no data-driven case applies: its literal or its fallback. */
export function baseColor(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && (value[0] === 'case' || value[0] === 'match' || value[0] === 'coalesce')) return baseColor(value.at(-1));
  return undefined;
}

const fmt = (n: unknown) => String(n);

/** The colour expression behind highlight/selection cases: what a feature at rest shows. */
const resting = (v: unknown): unknown => (Array.isArray(v) && v[0] === 'case' ? resting(v.at(-1)) : v);

/** Splits a data-driven colour into (colour, label) pairs; a literal gives one pair without label. */
function colourClasses(value: unknown, meta: LayerMetadata | undefined): { color: string; label?: Label }[] {
  const unit = meta?.['wz:unit'] ?? '';
  if (Array.isArray(value) && value[0] === 'match') {
    const out: { color: string; label?: Label }[] = [];
    for (let i = 2; i < value.length - 1; i += 2) {
      const keys = ([] as unknown[]).concat(value[i]);
      const key = String(keys[0]);
      out.push({ color: value[i + 1] as string, label: meta?.['wz:labels']?.[key] ?? { zh: key, en: key } });
    }
    return out;
  }
  // A grey fallback around classes (`case has → step`): the classes, then "no data".
  if (Array.isArray(value) && value[0] === 'case' && Array.isArray(value[2]) && value[2][0] === 'step')
    return [...colourClasses(value[2], meta), { color: value[3] as string, label: { zh: '未注明或不可比', en: 'not stated or not comparable' } }];
  // Highlight or selection cases wrap the real colour: the legend shows the resting state.
  if (Array.isArray(value) && value[0] === 'case') return colourClasses(value.at(-1), meta);
  if (Array.isArray(value) && value[0] === 'step') {
    const out: { color: string; label?: Label }[] = [];
    const stops = value.slice(2);
    for (let i = 0; i < stops.length; i += 2) {
      const lo = i === 0 ? undefined : stops[i - 1];
      const hi = stops[i + 1];
      const text = lo === undefined ? `< ${fmt(hi)}${unit}` : hi === undefined ? `≥ ${fmt(lo)}${unit}` : `${fmt(lo)} – ${fmt(hi)}${unit}`;
      out.push({ color: stops[i] as string, label: { zh: text, en: text } });
    }
    return out;
  }
  const color = baseColor(value);
  return color ? [{ color, label: meta?.['wz:legend'] }] : [];
}

export function legendFromSpecs(specs: readonly LayerSpecification[]): LegendItem[] {
  const items: LegendItem[] = [];
  // A fill's outline in the legend: the layer's literal outline colour, else the fill's own.
  const lineColor: unknown = specs.find((s) => s.type === 'line')?.paint?.['line-color' as never];
  for (const spec of specs) {
    const meta = spec.metadata as LayerMetadata | undefined;
    if (meta?.['wz:legend-skip']) continue;
    const paint = (spec.paint ?? {}) as Record<string, unknown>;
    if (spec.type === 'fill') {
      for (const c of colourClasses(paint['fill-color'], meta)) items.push({ kind: 'fill', ...c, stroke: typeof resting(lineColor) === 'string' ? (resting(lineColor) as string) : c.color });
    } else if (spec.type === 'line') {
      for (const c of colourClasses(paint['line-color'], meta)) items.push({ kind: 'line', ...c, ...(Array.isArray(paint['line-dasharray']) ? { dash: paint['line-dasharray'] as number[] } : {}) });
    } else if (spec.type === 'circle') {
      const fill = paint['circle-color'];
      const stroke = paint['circle-stroke-color'];
      const hollow = paint['circle-opacity'] === 0 ? { hollow: true } : {};
      const isMatch = (v: unknown) => Array.isArray(resting(v)) && (resting(v) as unknown[])[0] === 'match';
      // Classes come from whichever colour is data-driven: the fill, or the ring around a plain fill.
      if (isMatch(stroke) && !isMatch(fill))
        for (const c of colourClasses(stroke, meta)) items.push({ kind: 'circle', color: baseColor(fill) ?? c.color, stroke: c.color, label: c.label, ...hollow });
      else for (const c of colourClasses(fill, meta)) items.push({ kind: 'circle', ...c, stroke: baseColor(stroke), ...hollow });
    }
  }
  return items;
}

/** The size legends of a layer's parts (circles sized by investment). */
export function sizeLegendsFromSpecs(specs: readonly LayerSpecification[]): SizeLegend[] {
  return specs.flatMap((s) => {
    const size = (s.metadata as LayerMetadata | undefined)?.['wz:size'];
    return size ? [size] : [];
  });
}

export interface LegendGroup {
  layer: string;
  title: Term;
  items: LegendItem[];
}

/**
 * The legend of the drawn layers only, one group per catalog layer in catalog order: what a
 * presenter's compact legend and an exported image show.
 */
export function visibleLegend(entries: readonly { id: string; title: Term }[], specs: readonly LayerSpecification[]): LegendGroup[] {
  const drawn = (s: LayerSpecification) => s.layout?.visibility !== 'none';
  return entries.flatMap((entry) => {
    const own = specs.filter((s) => (s.metadata as LayerMetadata | undefined)?.['wz:layer'] === entry.id && drawn(s));
    if (!own.length) return [];
    const items = legendFromSpecs(own);
    return items.length ? [{ layer: entry.id, title: entry.title, items }] : [];
  });
}
