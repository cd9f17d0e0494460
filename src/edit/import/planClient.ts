/**
 * The main thread's side of checking an import: one worker per import panel holds the parsed
 * features and plans and validates them on request (src/workers/planJob.ts). The features go in
 * batches, a task each, so the page draws between them; only the latest request's answer is used.
 */
import type { Feature } from 'geojson';
import type { PlanInput, PlanOutput, PlanRequest, PlanSummary } from '../../workers/planJob';

const BATCH = 2000;
const startWorker = () => new Worker(new URL('../../workers/planWorker.ts', import.meta.url), { type: 'module' });
const nextTask = () => new Promise<void>((done) => setTimeout(done, 0));

export class Planner {
  private worker: Worker;
  private seq = 0;
  private waiting = new Map<number, (m: PlanOutput) => void>();
  private plans = new Set<number>();

  constructor(createWorker: () => Worker = startWorker) {
    this.worker = createWorker();
    this.worker.onmessage = (e: MessageEvent<PlanOutput>) => this.waiting.get(e.data.seq)?.(e.data);
    // A worker that cannot start or dies: every open request says so instead of waiting for ever.
    this.worker.onerror = (e: ErrorEvent) => {
      e.preventDefault?.();
      for (const [seq, settle] of this.waiting) settle({ type: 'error', seq, message: `检查程序出错 / the import check failed: ${e.message}` });
    };
  }

  private send(m: PlanInput) {
    this.worker.postMessage(m);
  }

  private loading = 0;

  /** Replaces the features the worker holds; resolves false when a newer load overtook it. */
  async load(features: readonly Feature[]): Promise<boolean> {
    const mine = ++this.loading;
    this.send({ type: 'reset' });
    for (let i = 0; i < features.length; i += BATCH) {
      if (mine !== this.loading) return false;
      this.send({ type: 'features', features: features.slice(i, i + BATCH) });
      if (i + BATCH < features.length) await nextTask();
    }
    return mine === this.loading;
  }

  /** The report for a plan; resolves undefined when a newer request overtook it. */
  plan(request: PlanRequest): Promise<PlanSummary | undefined> {
    const seq = ++this.seq;
    for (const s of this.plans) this.waiting.get(s)?.({ type: 'error', seq: s, message: 'superseded' });
    this.plans.add(seq);
    return new Promise((resolve, reject) => {
      this.waiting.set(seq, (m) => {
        this.waiting.delete(seq);
        this.plans.delete(seq);
        if (m.type === 'planned') resolve(m.summary);
        else if (m.type === 'error' && m.message === 'superseded') resolve(undefined);
        else reject(new Error(m.type === 'error' ? m.message : 'unexpected answer'));
      });
      this.send({ type: 'plan', seq, request });
    });
  }

  /** The planned features that pass and are not left out, in the file's order. */
  addable(request: PlanRequest): Promise<Feature[]> {
    const seq = ++this.seq;
    const out: Feature[] = [];
    return new Promise((resolve, reject) => {
      this.waiting.set(seq, (m) => {
        if (m.type === 'addable') {
          for (const f of m.features) out.push(f);
          if (!m.last) return;
          this.waiting.delete(seq);
          resolve(out);
        } else {
          this.waiting.delete(seq);
          reject(new Error(m.type === 'error' ? m.message : 'unexpected answer'));
        }
      });
      this.send({ type: 'addable', seq, request });
    });
  }

  terminate() {
    this.worker.terminate();
  }
}
