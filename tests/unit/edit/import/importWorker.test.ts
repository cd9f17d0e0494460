import { describe, expect, it } from 'vitest';
import { importInWorker } from '../../../../src/edit/import/importClient';
import { ImportError } from '../../../../src/edit/import/types';
import { FEATURE_BATCH, runImportJob, type ImportMessage, type ImportRequest } from '../../../../src/workers/importJob';
import { fileOf, fixture } from './helpers';

/** Runs the worker's job in-process, recording what a real Worker would be given. */
class FakeWorker {
  onmessage: ((e: { data: ImportMessage }) => void) | null = null;
  onerror: ((e: unknown) => void) | null = null;
  transferred: unknown[] = [];
  terminated = false;
  postMessage(data: ImportRequest, transfer: unknown[]) {
    this.transferred = transfer;
    setTimeout(() => void runImportJob(data, (m) => !this.terminated && this.onmessage?.({ data: m })), 0);
  }
  terminate() {
    this.terminated = true;
  }
}

describe('the import worker', () => {
  it('posts throttled progress, the features in batches, then the rest of the result', async () => {
    const messages: ImportMessage[] = [];
    await runImportJob({ files: [fixture('stations-gbk-4549.zip')], options: {} }, (m) => messages.push(m));
    const progress = messages.filter((m) => m.type === 'progress');
    expect(progress.length).toBeGreaterThan(2);
    expect(progress.length).toBeLessThanOrEqual(101);
    expect(messages.filter((m) => m.type === 'features').flatMap((m) => (m.type === 'features' ? m.features : []))).toHaveLength(13);
    expect(messages.at(-1)).toMatchObject({ type: 'done', result: { format: 'shapefile', features: [] } });
  });
  it('batches of FEATURE_BATCH features', async () => {
    const rows = Array.from({ length: FEATURE_BATCH + 1 }, (_, i) => `${i},120.6,28`).join('\n');
    const messages: ImportMessage[] = [];
    await runImportJob({ files: [fileOf('many.csv', `id,lng,lat\n${rows}`)], options: {} }, (m) => messages.push(m));
    expect(messages.filter((m) => m.type === 'features').map((m) => (m.type === 'features' ? m.features.length : 0))).toEqual([FEATURE_BATCH, 1]);
  });
  it('posts an ImportError as its text and fix', async () => {
    const messages: ImportMessage[] = [];
    await runImportJob({ files: [fileOf('a.dat', new Uint8Array([0, 1]))], options: {} }, (m) => messages.push(m));
    expect(messages.at(-1)).toMatchObject({ type: 'error', message: { zh: expect.stringContaining('无法识别'), en: expect.stringContaining('not recognised') }, fix: { en: expect.any(String) } });
  });
});

describe('importInWorker', () => {
  it('transfers the buffers, reports progress, resolves with the result and ends the worker', async () => {
    const worker = new FakeWorker();
    const file = fixture('stations.kml');
    const seen: number[] = [];
    const r = await importInWorker([file], {}, (done) => seen.push(done), { createWorker: () => worker as unknown as Worker });
    expect(r.features).toHaveLength(10);
    expect(worker.transferred).toEqual([file.bytes]);
    expect(seen.length).toBeGreaterThan(0);
    expect(worker.terminated).toBe(true);
  });
  it('rejects with an ImportError carrying zh and en', async () => {
    const err = await importInWorker([fileOf('x.dat', new Uint8Array([0]))], {}, undefined, { createWorker: () => new FakeWorker() as unknown as Worker }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportError);
    expect((err as ImportError).text.zh).toContain('无法识别');
  });
  it('cancels: the worker is terminated and the promise rejects with an AbortError', async () => {
    const worker = new FakeWorker();
    const abort = new AbortController();
    const p = importInWorker([fixture('stations.kml')], {}, undefined, { signal: abort.signal, createWorker: () => worker as unknown as Worker });
    abort.abort();
    await expect(p).rejects.toMatchObject({ name: 'AbortError' });
    expect(worker.terminated).toBe(true);
  });
});
