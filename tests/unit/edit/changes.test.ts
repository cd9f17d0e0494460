import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Feature } from 'geojson';
import { addFeature, addFeatures, applyChange, applyChanges, deleteFeature, revertChange, revertChanges, setAttribute, setGeometry, withProperty } from '../../../src/edit/changes';
import { EMPTY_HISTORY, changedIds, movedSincePlacementSet, record, redo, undo, type Moment } from '../../../src/edit/history';
import { featuresOfText, newSession, rebase } from '../../../src/edit/session';
import { writeFeatureCollection } from '../../../src/data/writeGeojson';

const text = readFileSync('geodata/rail/stations.geojson', 'utf8');
const base = Object.freeze({ features: Object.freeze(featuresOfText(text)) as readonly Feature[] });
const moment = (changes: Moment['changes']): Moment => ({ label: { zh: '改', en: 'edit' }, changes, who: '测试', at: '2026-12-03T00:00:00Z' });

describe('one pure operation per kind of change', () => {
  it('an attribute change keeps the key where it was, so the file diff is one line', () => {
    const c = setAttribute(base, 's1-station-02', 'status', 'planned');
    const doc = applyChange(base, c);
    const out = writeFeatureCollection(doc).split('\n');
    const was = text.split('\n');
    expect(out.length).toBe(was.length);
    expect(out.filter((l, i) => l !== was[i])).toHaveLength(1);
    expect(Object.keys(doc.features[1]!.properties!)).toEqual(Object.keys(base.features[1]!.properties!));
  });

  it('a new key goes into the schema order; an empty value removes the key', () => {
    expect(Object.keys(withProperty({ id: 'a', name_en: 'x', status: 's' }, 'name_zh', '甲', ['id', 'name_zh', 'name_en', 'status']))).toEqual(['id', 'name_zh', 'name_en', 'status']);
    expect(withProperty({ id: 'a', b: 1 }, 'b', undefined)).toEqual({ id: 'a' });
  });

  it('a moved point is rounded to the files’ 6 decimals', () => {
    const c = setGeometry(base, 's1-station-01', { type: 'Point', coordinates: [120.123456789, 27.987654321] });
    expect((c.after!.geometry as { coordinates: number[] }).coordinates).toEqual([120.123457, 27.987654]);
  });

  it('revert undoes apply for every kind, and a deleted feature returns to its place', () => {
    const changes = [
      setAttribute(base, 's1-station-03', 'name_en', 'X'),
      setGeometry(base, 's1-station-03', { type: 'Point', coordinates: [120.6, 28] }),
      deleteFeature(base, 's1-station-03'),
      addFeature(base, { type: 'Feature', properties: { id: 'new-1' }, geometry: { type: 'Point', coordinates: [120.6, 28] } }),
    ];
    for (const c of changes) expect(writeFeatureCollection(revertChange(applyChange(base, c), c))).toBe(text);
  });

  it('adds a feature after its id pattern and never as the last line, so the diff is one added line', () => {
    const add = (id: string) => {
      const c = addFeature(base, { type: 'Feature', properties: { id }, geometry: { type: 'Point', coordinates: [120.6, 28] } });
      const out = writeFeatureCollection(applyChange(base, c)).split('\n');
      const was = new Set(text.split('\n'));
      return { index: c.index, added: out.filter((l) => !was.has(l)) };
    };
    const s1 = base.features.map((f) => String(f.properties!.id)).filter((id) => id.startsWith('s1-station-'));
    const a = add('s1-station-99');
    expect(base.features[a.index - 1]!.properties!.id).toBe(s1.at(-1));
    expect(a.added).toHaveLength(1);
    const last = add('zz-new-1');
    expect(last.index).toBe(base.features.length - 1);
    expect(last.added).toHaveLength(1);
  });

  it('adds many features at once exactly as one by one, and 10,000 of them in one pass', () => {
    const point = (id: string): Feature => ({ type: 'Feature', properties: { id }, geometry: { type: 'Point', coordinates: [120.6, 28] } });
    const news = ['s1-station-99', 's1-station-00', 'zz-1', 's2-station-77', 's1-station-98', 'zz-0'].map(point);
    let doc: { features: readonly Feature[] } = base;
    for (const f of news) doc = applyChange(doc, addFeature(doc, f));
    const bulk = addFeatures(base, news);
    expect(writeFeatureCollection(applyChanges(base, bulk))).toBe(writeFeatureCollection(doc));
    expect(writeFeatureCollection(revertChanges(applyChanges(base, bulk), bulk))).toBe(text);
    const many = addFeatures(base, Array.from({ length: 10_000 }, (_, i) => point(`s1-station-${1000 + i}`)));
    const after = applyChanges(base, many);
    expect(after.features).toHaveLength(base.features.length + 10_000);
    // Still one added line per feature: the file's last feature stays last.
    expect(after.features.at(-1)).toBe(base.features.at(-1));
  });

  it('refuses a taken id and an unknown one', () => {
    expect(() => addFeature(base, { type: 'Feature', properties: { id: 's1-station-01' }, geometry: null as never })).toThrow(/taken/);
    expect(() => setAttribute(base, 'nope', 'a', 1)).toThrow(/no feature/);
  });
});

describe('history', () => {
  it('undo and redo walk the moments; a new moment drops the redo stack', () => {
    let s = record(base, EMPTY_HISTORY, moment([setAttribute(base, 's1-station-01', 'name_en', 'A')]));
    s = record(s.doc, s.history, moment([setGeometry(s.doc, 's1-station-02', { type: 'Point', coordinates: [120.6, 28] })]));
    expect(changedIds(s.history)).toEqual(new Set(['s1-station-01', 's1-station-02']));
    const u1 = undo(s.doc, s.history);
    const u2 = undo(u1.doc, u1.history);
    expect(writeFeatureCollection(u2.doc)).toBe(text);
    const r = redo(u2.doc, u2.history);
    expect(r.doc.features[0]!.properties!.name_en).toBe('A');
    const n = record(r.doc, r.history, moment([deleteFeature(r.doc, 's1-station-05')]));
    expect(n.history.undone).toHaveLength(0);
    expect(undo(base, EMPTY_HISTORY).moment).toBeUndefined();
  });

  it('knows a feature moved after its placement fields were set, until they are set again', () => {
    const id = 's1-station-02';
    let s = record(base, EMPTY_HISTORY, moment([setAttribute(base, id, 'name_en', 'B')]));
    expect(movedSincePlacementSet(s.history, id)).toBe(false);
    s = record(s.doc, s.history, moment([setGeometry(s.doc, id, { type: 'Point', coordinates: [120.6, 28] })]));
    expect(movedSincePlacementSet(s.history, id)).toBe(true);
    expect(movedSincePlacementSet(s.history, 's1-station-01')).toBe(false);
    s = record(s.doc, s.history, moment([setAttribute(s.doc, id, 'geometry_quality', 'schematic')]));
    expect(movedSincePlacementSet(s.history, id)).toBe(false);
  });

  it('a rebase onto a newer file keeps the newer file’s other features and this session’s changes', () => {
    const s0 = newSession('rail/stations.geojson', 'rail-station', 'h0', [...base.features], 'tab');
    const r = record(s0.doc, s0.history, moment([setAttribute(s0.doc, 's1-station-01', 'name_en', 'Mine')]));
    const newer = base.features.map((f, i) => (i === 2 ? { ...f, properties: { ...f.properties, name_en: 'Theirs' } } : f));
    const out = rebase({ ...s0, ...r }, 'h1', newer);
    expect(out.doc.features[0]!.properties!.name_en).toBe('Mine');
    expect(out.doc.features[2]!.properties!.name_en).toBe('Theirs');
    expect(out.baseHash).toBe('h1');
  });
});
