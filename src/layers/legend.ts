/**
 * The legend is read off the same layer specs the map draws, so the two cannot drift apart.
 */
import type { LayerSpecification } from 'maplibre-gl';
import type { LayerMetadata } from './types';

export interface LegendItem {
  kind: 'fill' | 'line' | 'circle';
  color: string;
  /** For fills: the outline drawn with it, if any. */
  stroke?: string;
  dashed?: boolean;
  label?: { zh: string; en: string };
}

/** The colour a paint value shows when no data-driven case applies: its literal or its fallback. */
export function baseColor(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && (value[0] === 'case' || value[0] === 'match')) return baseColor(value.at(-1));
  return undefined;
}

export function legendFromSpecs(specs: readonly LayerSpecification[]): LegendItem[] {
  const items: LegendItem[] = [];
  const lineColor = specs.find((s) => s.type === 'line')?.paint?.['line-color' as never];
  for (const spec of specs) {
    const label = (spec.metadata as LayerMetadata | undefined)?.['wz:legend'];
    const paint = (spec.paint ?? {}) as Record<string, unknown>;
    if (spec.type === 'fill') {
      const color = baseColor(paint['fill-color']);
      if (color) items.push({ kind: 'fill', color, stroke: baseColor(lineColor), label });
    } else if (spec.type === 'line' && !specs.some((s) => s.type === 'fill')) {
      const color = baseColor(paint['line-color']);
      if (color) items.push({ kind: 'line', color, dashed: Array.isArray(paint['line-dasharray']), label });
    } else if (spec.type === 'circle') {
      const color = baseColor(paint['circle-color']);
      if (color) items.push({ kind: 'circle', color, stroke: baseColor(paint['circle-stroke-color']), label });
    }
  }
  return items;
}
