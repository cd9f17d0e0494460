/**
 * Module worker that reads dropped files (see importJob.ts), so a 50 MB import never blocks the
 * map. Started by src/edit/import/importClient.ts.
 */
import { runImportJob, type ImportMessage, type ImportRequest } from './importJob';

const scope = self as unknown as { onmessage: ((e: MessageEvent<ImportRequest>) => void) | null; postMessage: (m: ImportMessage) => void };

scope.onmessage = (e) => {
  void runImportJob(e.data, (m) => scope.postMessage(m));
};
