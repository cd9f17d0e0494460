import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogSchema } from '../../../src/data/schemas';
import { buildLayerSpecs } from '../../../src/layers/registry';
import { DEFAULT_THEME, PROJECTOR_THEME } from '../../../src/layers/theme';

const catalog = catalogSchema.parse(JSON.parse(readFileSync('geodata/catalog.json', 'utf8')));

/** The sizes a text-size can come out as: the outputs of interpolate stops and case branches. */
function outputs(v: unknown): number[] {
  if (typeof v === 'number') return [v];
  if (!Array.isArray(v)) return [];
  const [op, ...args] = v as [string, ...unknown[]];
  if (op === 'interpolate' || op === 'step') return args.slice(op === 'interpolate' ? 2 : 1).filter((_, i) => (op === 'interpolate' ? i % 2 === 1 : i % 2 === 0)).flatMap(outputs);
  if (op === 'case') return args.filter((_, i) => i % 2 === 1 || i === args.length - 1).flatMap(outputs);
  if (op === 'match') return args.slice(1).filter((_, i) => i % 2 === 1 || i === args.length - 2).flatMap(outputs);
  return [];
}

const sizes = (theme: typeof DEFAULT_THEME) =>
  catalog.layers.flatMap((entry) => buildLayerSpecs({ entry, visible: true, opacity: 1, lang: 'zh', theme, stackSlots: 3 })).flatMap((l) => outputs((l.layout as Record<string, unknown> | undefined)?.['text-size']));

describe('projector theme', () => {
  it('draws no map text smaller than 18 px, where the default theme has 11 px labels', () => {
    expect(Math.min(...sizes(DEFAULT_THEME))).toBeLessThan(18);
    const projector = sizes(PROJECTOR_THEME);
    expect(projector.length).toBeGreaterThan(10);
    expect(Math.min(...projector)).toBeGreaterThanOrEqual(18);
  });

  it('names only hub stations', () => {
    const [entry] = catalog.layers.filter((l) => l.id === 'rail-stations');
    const label = (theme: typeof DEFAULT_THEME) => buildLayerSpecs({ entry: entry!, visible: true, opacity: 1, lang: 'zh', theme }).find((l) => l.id.endsWith(':label')) as { filter?: unknown };
    expect(JSON.stringify(label(DEFAULT_THEME).filter)).toContain('zoom');
    expect(label(PROJECTOR_THEME).filter).toEqual(['==', ['get', 'is_hub'], true]);
  });
});
