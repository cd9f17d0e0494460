/**
 * Module worker that checks an import (see planJob.ts), so planning and validating 150,000
 * features never blocks the map. Started by src/edit/import/planClient.ts.
 */
import { createPlanJob, type PlanInput, type PlanOutput } from './planJob';

const scope = self as unknown as { onmessage: ((e: MessageEvent<PlanInput>) => void) | null; postMessage: (m: PlanOutput) => void };
const job = createPlanJob((m) => scope.postMessage(m));

scope.onmessage = (e) => job(e.data);
