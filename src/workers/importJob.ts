/**
 * The import worker's work, apart from the worker global so it can be tested in Node: run
 * parseFiles on the transferred files and post progress (throttled to whole per cent, so at most
 * ~100 messages) and the result, or the error as text in both languages.
 *
 * The features go in batches before 'done': a message is deserialised on the main thread in one
 * go, and 150,000 polygons in one message block it for ~2 s (scripts/bench-import.ts); a batch of
 * FEATURE_BATCH takes ~0.1 s at most, so the page keeps drawing between them.
 */
import { parseFiles } from '../edit/import/parseFiles';
import { ImportError, type ImportFile, type ImportOptions, type ParsedImport } from '../edit/import/types';
import { t, type Text } from '../data/validate/text';
import type { Feature } from 'geojson';

export const FEATURE_BATCH = 2000;

export interface ImportRequest {
  files: ImportFile[];
  options: ImportOptions;
}

export type ImportMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'features'; features: Feature[] }
  /** `result.features` is empty: the features came in the 'features' messages before, in order. */
  | { type: 'done'; result: ParsedImport }
  | { type: 'error'; message: Text; fix?: Text };

export async function runImportJob(request: ImportRequest, post: (message: ImportMessage) => void): Promise<void> {
  let lastPercent = -1;
  try {
    const result = await parseFiles(request.files, request.options, (done, total) => {
      const percent = Math.floor((100 * done) / total);
      if (percent > lastPercent) {
        lastPercent = percent;
        post({ type: 'progress', done, total });
      }
    });
    for (let i = 0; i < result.features.length; i += FEATURE_BATCH) post({ type: 'features', features: result.features.slice(i, i + FEATURE_BATCH) });
    post({ type: 'done', result: { ...result, features: [] } });
  } catch (e) {
    if (e instanceof ImportError) post({ type: 'error', message: e.text, fix: e.fix });
    // A reader's own bug or a file that breaks a library: say so, with the library's words.
    else post({ type: 'error', message: t(`读取文件时出错：${(e as Error)?.message ?? String(e)}`, `reading the file failed: ${(e as Error)?.message ?? String(e)}`), fix: t('确认文件完整；如仍出错，请把文件发给维护人员', 'check the file is complete; if it still fails, send the file to the maintainers') });
  }
}
