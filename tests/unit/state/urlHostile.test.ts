/**
 * The URL is input anyone can write: prototype keys, huge and repeated lists, odd ids. And every
 * id in geodata/ survives a trip through the URL, so every selection can be shared.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_URL_STATE, MAX_HASH, parseUrlState, serializeUrlState } from '../../../src/state/urlState';

const geodata = resolve(import.meta.dirname, '../../../geodata');
const catalog = JSON.parse(readFileSync(join(geodata, 'catalog.json'), 'utf8')) as { layers: { id: string; file: string }[] };

describe('a hostile or careless URL', () => {
  it('cannot select or set a prototype key', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const s = parseUrlState(`#sel=projects/${key}&opacity=${key}:0.5&layers=${key},counties`);
      expect(s.selected).toBeUndefined();
      expect(Object.keys(s.opacity)).toEqual([]);
      expect(s.layers).toEqual(['counties']);
    }
    expect(Object.getPrototypeOf(parseUrlState('#opacity=counties:0.5').opacity)).toBeNull();
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  it('keeps lists unique, known and short, whatever their length', () => {
    // As URLSearchParams reads them: the browser's hash is already percent-decoded text here.
    const s = parseUrlState(`#st=nonsense,planned_start,planned_start&cty=330302,999999&cat=${Array(1_000).fill('产业').join(',')}`);
    expect(s.filters.projects.categories).toEqual(['产业']);
    const rails = parseUrlState(`#rl=${Array.from({ length: 20_000 }, (_, i) => `l${i}`).join(',')}`);
    expect(rails.filters.rail.lines.length).toBeLessThanOrEqual(64);
    expect(s.filters.projects.statuses).toEqual(['planned_start']);
    expect(s.filters.projects.counties).toEqual(['330302']);
  });

  it('reads no further than MAX_HASH characters, and no range past the largest number', () => {
    const s = parseUrlState(`#q=${'x'.repeat(MAX_HASH * 10)}&lang=en`);
    expect(s.lang).toBe('zh');
    expect(s.filters.projects.q.length).toBeLessThanOrEqual(80);
    expect(parseUrlState(`#inv=0~${'9'.repeat(400)}`).filters.projects.investment).toBeUndefined();
  });

  it('round-trips the selection of every feature in geodata/', () => {
    let n = 0;
    for (const layer of catalog.layers) {
      const fc = JSON.parse(readFileSync(join(geodata, layer.file), 'utf8')) as { features: { properties: { id: string } }[] };
      for (const f of fc.features) {
        const selected = { layer: layer.id, id: String(f.properties.id) };
        expect(parseUrlState(serializeUrlState({ ...DEFAULT_URL_STATE, selected })).selected).toEqual(selected);
        n++;
      }
    }
    expect(n).toBeGreaterThan(300);
  });
});
