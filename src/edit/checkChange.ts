/**
 * Before a change is recorded it is checked by the layer's validator, on the document as it would
 * be after the change: an edit the validator would refuse is refused with the validator's own
 * message (located at the feature and property), and nothing is recorded. Only problems of the
 * changed features count: a file that had a bad feature before still accepts edits elsewhere.
 */
import { checkGeojsonValue } from '../data/validate/geojsonFile';
import { isError, type Problem } from '../data/validate/problem';
import type { SchemaName } from '../data/schemas';
import { applyChanges, type Change, type EditDoc } from './changes';

export function problemsAfter(file: string, schema: SchemaName, doc: EditDoc, changes: readonly Change[], knownSources: ReadonlySet<string>): Problem[] {
  const after = applyChanges(doc, changes);
  const ids = new Set(changes.filter((c) => c.after).map((c) => c.id));
  if (!ids.size) return [];
  const r = checkGeojsonValue(`geodata/${file}`, { type: 'FeatureCollection', features: after.features }, schema, { knownSources });
  return r.problems.filter((p) => isError(p) && p.feature !== undefined && ids.has(p.feature));
}
