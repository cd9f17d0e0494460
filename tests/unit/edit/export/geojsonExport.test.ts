import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { exportGeojson } from '../../../../src/edit/export/geojsonExport';

const catalog = JSON.parse(readFileSync('geodata/catalog.json', 'utf8')) as { layers: { file: string }[] };
const files = [...new Set([...catalog.layers.map((l) => l.file), 'places/towns.geojson'])];

describe('GeoJSON export', () => {
  it('covers every catalog layer file and the towns', () => {
    expect(files.length).toBeGreaterThanOrEqual(13);
    expect(files).toContain('projects/projects.geojson');
  });

  it.each(files)('gives back %s byte for byte', (file) => {
    const text = readFileSync(`geodata/${file}`, 'utf8');
    const fc = JSON.parse(text) as FeatureCollection;
    expect(exportGeojson(fc.features)).toBe(text);
  });

  it('writes one feature per line', () => {
    const out = exportGeojson([
      { type: 'Feature', properties: { name_zh: '甲' }, geometry: { type: 'Point', coordinates: [120, 28] } },
      { type: 'Feature', properties: { name_zh: '乙' }, geometry: null },
    ]);
    expect(out).toBe(
      '{"type":"FeatureCollection","features":[\n' +
        '{"type":"Feature","properties":{"name_zh":"甲"},"geometry":{"type":"Point","coordinates":[120,28]}},\n' +
        '{"type":"Feature","properties":{"name_zh":"乙"},"geometry":null}\n]}\n',
    );
  });
});
