/**
 * What the map draws for a file with local edits: the session's features, checked by the same
 * validator as a loaded file (valid ones drawn, the rest listed with their problems). Cached by
 * document identity: a render that changed nothing re-checks nothing.
 */
import type { LayerLoad } from '../data/queries';
import { checkGeojsonValue } from '../data/validate/geojsonFile';
import type { EditDoc } from './changes';
import type { Session } from './session';

const cache = new WeakMap<EditDoc, LayerLoad>();

export function checkedDoc(session: Session, knownSources: ReadonlySet<string>): LayerLoad {
  let load = cache.get(session.doc);
  if (!load) {
    const r = checkGeojsonValue(`geodata/${session.file}`, { type: 'FeatureCollection', features: session.doc.features }, session.schema, { knownSources });
    load = { data: { type: 'FeatureCollection', features: r.valid }, problems: r.problems, total: r.total };
    cache.set(session.doc, load);
  }
  return load;
}

export function editedLoads(sessions: Readonly<Record<string, Session>>, knownSources: ReadonlySet<string>): Record<string, LayerLoad> {
  return Object.fromEntries(Object.values(sessions).map((s) => [s.file, checkedDoc(s, knownSources)]));
}
