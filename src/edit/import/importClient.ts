/**
 * The main thread's side of importing: the files go to a module worker (their ArrayBuffers
 * transferred, not copied) and the result comes back; the main thread never parses. One worker
 * per import, terminated when it ends or is cancelled, so a cancelled 50 MB parse stops at once.
 */
import type { Feature } from 'geojson';
import type { ImportMessage } from '../../workers/importJob';
import { ImportError, type ImportFile, type ImportOptions, type OnProgress, type ParsedImport } from './types';

export interface ImportControl {
  /** Cancels the import: the worker is terminated and the promise rejects with an AbortError. */
  signal?: AbortSignal;
  /** For tests: a stand-in for the worker. */
  createWorker?: () => Worker;
}

const startWorker = () => new Worker(new URL('../../workers/importWorker.ts', import.meta.url), { type: 'module' });

/**
 * Parses `files` off the main thread. The files' ArrayBuffers are transferred: afterwards they are
 * empty on this side. Rejects with an ImportError (zh + en text and fix) when the file cannot be read.
 */
export function importInWorker(files: ImportFile[], options: ImportOptions, onProgress?: OnProgress, control: ImportControl = {}): Promise<ParsedImport> {
  return new Promise((resolve, reject) => {
    if (control.signal?.aborted) return reject(new DOMException('导入已取消 / import cancelled', 'AbortError'));
    const worker = (control.createWorker ?? startWorker)();
    const finish = () => {
      worker.terminate();
      control.signal?.removeEventListener('abort', abort);
    };
    const abort = () => {
      finish();
      reject(new DOMException('导入已取消 / import cancelled', 'AbortError'));
    };
    control.signal?.addEventListener('abort', abort);
    const features: Feature[] = [];
    worker.onmessage = (e: MessageEvent<ImportMessage>) => {
      const m = e.data;
      if (m.type === 'progress') onProgress?.(m.done, m.total);
      else if (m.type === 'features') for (const f of m.features) features.push(f);
      else {
        finish();
        if (m.type === 'done') resolve({ ...m.result, features });
        else reject(new ImportError(m.message, m.fix));
      }
    };
    worker.onerror = (e: ErrorEvent) => {
      e.preventDefault?.();
      finish();
      reject(new ImportError({ zh: `导入程序无法启动：${e.message}`, en: `the importer could not start: ${e.message}` }));
    };
    worker.onmessageerror = () => {
      finish();
      reject(new ImportError({ zh: '导入结果无法传回页面', en: 'the import result could not be passed back to the page' }));
    };
    const buffers = [...new Set(files.map((f) => f.bytes))];
    worker.postMessage({ files, options }, buffers);
  });
}
