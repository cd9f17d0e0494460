/**
 * What the map draws for a file with local edits: the session's features, checked by the same
 * validator as a loaded file (valid ones drawn, the rest listed with their problems). Cached by
 * document identity: a render that changed nothing re-checks nothing.
 */
import type { LayerLoad } from '../data/queries';
import { checkGeojsonValue } from '../data/validate/geojsonFile';
import type { EditDoc } from './changes';
import type { Session } from './session';
import { CHANGES_FILE, withNewChanges } from './changeRows';

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

const previews = new WeakMap<EditDoc, WeakMap<LayerLoad, LayerLoad>>();

/**
 * File → what the map draws for it: each edited layer's session, and the projects file with the
 * change rows recorded but not yet written (as the build will make it; `projects` is that file's
 * load as fetched).
 */
export function editedLoads(sessions: Readonly<Record<string, Session>>, knownSources: ReadonlySet<string>, projects?: { file: string; load: LayerLoad | undefined }): Record<string, LayerLoad> {
  const out: Record<string, LayerLoad> = {};
  for (const s of Object.values(sessions)) if (!s.table) out[s.file] = checkedDoc(s, knownSources);
  const rows = sessions[CHANGES_FILE];
  if (rows?.doc.features.length && projects?.load) {
    const byLoad = previews.get(rows.doc) ?? new WeakMap<LayerLoad, LayerLoad>();
    previews.set(rows.doc, byLoad);
    let load = byLoad.get(projects.load);
    if (!load) byLoad.set(projects.load, (load = { ...projects.load, data: withNewChanges(projects.load.data, rows.doc.features) }));
    out[projects.file] = load;
  }
  return out;
}
