/**
 * The import check's work, apart from the worker global so it can be tested in Node. The worker
 * holds the parsed features (sent once, in batches); each change the user makes in the import
 * panel (CRS, mapping, a constant, a fix, a feature left out) sends only the plan, and the worker
 * plans the features and runs the validator on them (importPlan.ts) and answers with what the
 * panel shows: the counts, the first features with errors, and the features the map previews.
 * Checking 150,000 features takes seconds: on the main thread it froze the page for 20 s.
 */
import type { Feature } from 'geojson';
import type { SchemaName } from '../data/schemas';
import { isError, type Problem } from '../data/validate/problem';
import { planFeatures, reportOf, type ImportPlan } from '../edit/importPlan';
import type { ParsedImport } from '../edit/import/types';

/** The panel lists this many features with errors; the counts cover them all. */
export const LISTED_ERRORS = 200;
/** The map previews this many features; more would cost the page more than it shows. */
export const PREVIEW_MAX = 10_000;
export const ADDABLE_BATCH = 2000;

export interface PlanRequest {
  /** The parsed file without its features (the worker has them), for its CRS. */
  parsed: Omit<ParsedImport, 'features'>;
  /** The features of the layer being imported: [start, start + count) of those sent. */
  start: number;
  count: number;
  plan: ImportPlan;
  schema: SchemaName;
  /** The file the report names (the target, or the new layer's file). */
  file: string;
  /** The target's ids now, for duplicates and new ids; empty for a new layer. */
  existingIds: string[];
  idPrefix?: string;
  knownSources: string[];
}

export interface ListedError {
  index: number;
  /** The planned feature's properties (for the fix fields' current values). */
  properties: Record<string, unknown>;
  problems: Problem[];
}

export interface PlanSummary {
  total: number;
  addable: number;
  errorCount: number;
  errors: ListedError[];
  preview: Feature[];
  /** The preview shows the first PREVIEW_MAX features only. */
  previewCut: boolean;
}

export type PlanInput =
  | { type: 'reset' }
  | { type: 'features'; features: Feature[] }
  | { type: 'plan'; seq: number; request: PlanRequest }
  | { type: 'addable'; seq: number; request: PlanRequest };

export type PlanOutput =
  | { type: 'planned'; seq: number; summary: PlanSummary }
  | { type: 'addable'; seq: number; features: Feature[]; last: boolean }
  | { type: 'error'; seq: number; message: string };

export function createPlanJob(post: (m: PlanOutput) => void) {
  let features: Feature[] = [];
  /** The last request's planned features and addable indexes, for an 'addable' right after. */
  let last: { key: string; planned: Feature[]; addable: number[]; withErrors: [number, Problem[]][] } | undefined;

  function run(request: PlanRequest) {
    const key = JSON.stringify(request);
    if (last?.key === key) return last;
    const existing = request.existingIds.map((id): Feature => ({ type: 'Feature', properties: { id }, geometry: null as never }));
    const parsed: ParsedImport = { ...request.parsed, features: features.slice(request.start, request.start + request.count) };
    const planned = planFeatures(parsed, request.plan, request.schema, existing, request.idPrefix);
    const report = reportOf(request.file, request.schema, planned, existing, new Set(request.knownSources), request.plan.excluded);
    const withErrors = [...report.problems].filter(([, ps]) => ps.some(isError));
    last = { key, planned, addable: report.addable, withErrors };
    return last;
  }

  return (m: PlanInput) => {
    if (m.type === 'reset') {
      features = [];
      last = undefined;
    } else if (m.type === 'features') {
      for (const f of m.features) features.push(f);
      last = undefined;
    } else
      try {
        const r = run(m.request);
        if (m.type === 'addable') {
          const chosen = r.addable.map((i) => r.planned[i]!);
          for (let i = 0; i < chosen.length || i === 0; i += ADDABLE_BATCH) post({ type: 'addable', seq: m.seq, features: chosen.slice(i, i + ADDABLE_BATCH), last: i + ADDABLE_BATCH >= chosen.length });
          return;
        }
        const { withErrors } = r;
        post({
          type: 'planned',
          seq: m.seq,
          summary: {
            total: r.planned.length,
            addable: r.addable.length,
            errorCount: withErrors.length,
            errors: withErrors.slice(0, LISTED_ERRORS).map(([index, problems]) => ({ index, properties: r.planned[index]!.properties ?? {}, problems })),
            preview: r.planned.slice(0, PREVIEW_MAX),
            previewCut: r.planned.length > PREVIEW_MAX,
          },
        });
      } catch (e) {
        post({ type: 'error', seq: m.seq, message: (e as Error)?.message ?? String(e) });
      }
  };
}
