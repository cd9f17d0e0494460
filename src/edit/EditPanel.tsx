/**
 * The 编辑 (Edit) tab: pick a layer file the catalog marks "edited", then move, reshape, add and
 * delete its features on the map and change attributes in a form; every change is one moment in
 * the history (undo/redo, Ctrl+Z / Ctrl+Shift+Z), saved to IndexedDB at once, and listed in the
 * change log with who, when and on what authority. Export and write-back live here too.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { useQueryClient } from '@tanstack/react-query';
import type { Catalog, SourceRegistry } from '../data/schemas';
import type { UrlState } from '../state/urlState';
import { updateUrlState } from '../state/urlStore';
import { geodataUrl } from '../data/geodataUrl';
import { GEOMETRY_TYPES } from '../data/validate/geojsonFile';
import { labelOf } from '../domain/vocabulary';
import { formatProblem, type Problem } from '../data/validate/problem';
import { writeFeatureCollection } from '../data/writeGeojson';
import { useT } from '../i18n/useT';
import type { MapController } from '../map/MapController';
import type { DrawKind } from '../map/GeometryEditor';
import { download } from '../ui/download';
import { addFeature, applyChange, deleteFeature, idOf, setAttribute, setGeometry, type Change } from './changes';
import { problemsAfter } from './checkChange';
import { TAB, commit, discard, editState, editorName, open, redo, redoLatest, replace, resolveConflict, setEditorName, undo, undoLatest, useEditState } from './editStore';
import { formFields, keyOrder } from './fieldSpecs';
import { featuresOfText, newSession, rebase, sha256, type Session } from './session';
import { AttributeForm, type Values } from './AttributeForm';
import { ChangeLog } from './ChangeLog';
import { nextId } from './newFeatureId';
import { movedSincePlacementSet } from './history';
import { ProjectChange } from './ProjectChange';
import { FeatureTable } from './FeatureTable';
import { ImportPanel } from './ImportPanel';
import { CHANGES_FILE } from './changeRows';
import { exportCsv } from './export/csvExport';
import { exportShapefileZip } from './export/shapefileExport';
import { canPickFile, writeBackToDevServer, writeToPickedFile } from './writeBack';

interface Props {
  catalog: Catalog;
  registry: SourceRegistry;
  knownSources: ReadonlySet<string>;
  selected: UrlState['selected'];
  /** The selected feature as the map draws it, and its layer (a project gets the change form). */
  selectedFeature?: Feature;
  controller(): MapController | null;
  /** Named places with known positions, for the importer's GCJ-02 check. */
  known: ReadonlyMap<string, Position[]>;
  onPreview(fc: FeatureCollection | null): void;
  /** Files dropped on the page: they open the importer. */
  dropped?: File[];
}

export interface EditableFile {
  file: string;
  schema: Catalog['layers'][number]['schema'];
  layerIds: string[];
  title: Catalog['layers'][number]['title'];
  /** Of the file's first layer: what a new layer of this kind is drawn with and listed under. */
  style: Catalog['layers'][number]['style'];
  group: string;
  sources: string[];
}

export function editableFiles(catalog: Catalog): EditableFile[] {
  const out = new Map<string, EditableFile>();
  for (const l of catalog.layers) {
    if (l.origin !== 'edited') continue;
    const e = out.get(l.file);
    if (e) e.layerIds.push(l.id);
    else out.set(l.file, { file: l.file, schema: l.schema, layerIds: [l.id], title: l.title, style: l.style, group: l.group, sources: l.sources });
  }
  return [...out.values()];
}

/** The file's text as it is on disk now (never a cached copy: edits start from the real file). */
export async function fetchFileText(file: string): Promise<string> {
  const res = await fetch(geodataUrl(file), { cache: 'no-store' });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return res.text();
}

const DRAW_KIND: Record<string, DrawKind> = { Point: 'point', LineString: 'linestring', Polygon: 'polygon' };
const isTyping = (t: EventTarget | null) => t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));

export function EditPanel({ catalog, registry, knownSources, selected, selectedFeature, controller, known, onPreview, dropped }: Props) {
  const { t, lang } = useT();
  const queryClient = useQueryClient();
  const files = useMemo(() => editableFiles(catalog), [catalog]);
  const { sessions, conflicts, saveError } = useEditState();
  const [name, setName] = useState(editorName);
  const [picked, setChosen] = useState<string>();
  // Until the user picks, a file with local edits (restored on return) is the one shown.
  const chosen = picked ?? Object.keys(sessions)[0] ?? files[0]?.file ?? '';
  const [source, setSource] = useState({ doc: '', lines: '' });
  const [refused, setRefused] = useState<Problem[]>([]);
  const [message, setMessage] = useState('');
  const [draftNew, setDraftNew] = useState<{ geometry: Geometry; id: string } | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [busy, setBusy] = useState(false);
  const [tableOpen, setTableOpen] = useState(false);
  const [importing, setImporting] = useState(false);
  useEffect(() => {
    if (dropped?.length) setImporting(true);
  }, [dropped]);
  const entry = files.find((f) => f.file === chosen);
  const session = entry ? sessions[entry.file] : undefined;
  const selectedHere = session && selected && entry!.layerIds.includes(selected.layer) ? session.doc.features.find((f) => idOf(f) === selected.id) : undefined;
  const selectedLayer = selected && catalog.layers.find((l) => l.id === selected.layer);
  const isProject = !!selectedLayer && selectedLayer.origin !== 'edited' && selectedLayer.origin.generated_from.includes(CHANGES_FILE);
  const say = (p: Problem[]) => p.map((x) => formatProblem(x, lang)).join('\n');

  const begin = useCallback(async () => {
    if (!entry || sessions[entry.file]) return;
    setChosen(entry.file);
    setBusy(true);
    try {
      const text = await fetchFileText(entry.file);
      open(newSession(entry.file, entry.schema, await sha256(text), featuresOfText(text), TAB));
    } catch (e) {
      setMessage(t('editOpenFailed', { error: String(e) }));
    } finally {
      setBusy(false);
    }
  }, [entry, sessions, t]);

  /** Records a moment in any file's session (read fresh: an import may have just started it). */
  const recordIn = useCallback(
    (target: EditableFile, label: { zh: string; en: string }, changes: Change[]): boolean => {
      const current = editState().sessions[target.file];
      if (!current) return false;
      if (!name.trim()) {
        setRefused([{ severity: 'error', code: 'no-editor', file: `geodata/${target.file}`, message: { zh: '请先填写编辑者姓名（记入修改记录）', en: 'enter your name first (it goes into the change log)' } }]);
        return false;
      }
      const problems = problemsAfter(target.file, target.schema, current.doc, changes, knownSources);
      setRefused(problems);
      if (problems.length) return false;
      void commit(target.file, { label, changes, who: name.trim(), at: new Date().toISOString(), ...(source.doc && { source: { doc: source.doc, ...(source.lines && { lines: source.lines }) } }) });
      return true;
    },
    [name, knownSources, source],
  );
  const record = useCallback((label: { zh: string; en: string }, changes: Change[]) => !!entry && recordIn(entry, label, changes), [entry, recordIn]);

  /** A file's session, started from the file on disk when there is none. */
  const sessionOf = useCallback(async (file: string): Promise<Session> => {
    const have = editState().sessions[file];
    if (have) return have;
    const target = files.find((f) => f.file === file)!;
    const text = await fetchFileText(file);
    const s = newSession(file, target.schema, await sha256(text), featuresOfText(text), TAB);
    open(s);
    return s;
  }, [files]);
  /** A file's features as they are now (its session's, or the file's), without starting a session. */
  const featuresOf = useCallback(async (file: string): Promise<Feature[]> => [...(editState().sessions[file]?.doc.features ?? featuresOfText(await fetchFileText(file)))], []);

  // The selected feature of this file is editable on the map while this tab is open.
  useEffect(() => {
    const editor = controller()?.editor();
    if (!editor || !entry) return;
    if (!selectedHere) {
      if (!editor.drawing) editor.edit(undefined, () => {});
      return;
    }
    const id = idOf(selectedHere);
    const nameOf = String(selectedHere.properties?.name_zh ?? id);
    const onChange = (geometry: Geometry) => {
      const ok = record({ zh: `移动/修改几何：${nameOf}`, en: `moved/reshaped ${String(selectedHere.properties?.name_en ?? id)}` }, [setGeometry(session!.doc, id, geometry)]);
      if (!ok) editor.edit(selectedHere, onChange);
    };
    editor.edit(selectedHere, onChange);
  }, [controller, entry, selectedHere, record, session]);
  useEffect(() => () => controller()?.editor().cancel(), [controller]);

  // Undo and redo from the keyboard (the latest moment of any file), unless a field is being typed in (it has its own undo).
  useEffect(() => {
    if (!Object.keys(sessions).length) return;
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || isTyping(e.target)) return;
      const k = e.key.toLowerCase();
      if (k === 'z' && !e.shiftKey) undoLatest();
      else if ((k === 'z' && e.shiftKey) || k === 'y') redoLatest();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [sessions]);

  const allowed = entry ? (GEOMETRY_TYPES[entry.schema] ?? []).map((g) => DRAW_KIND[g]).filter((k): k is DrawKind => !!k) : [];
  /** The form's values as one attribute change per field, each on the document the last left. */
  const attributeChanges = (id: string, values: Values): Change[] => {
    const order = keyOrder(entry!.schema);
    let doc = session!.doc;
    return Object.entries(values).map(([k, v]) => {
      const c = setAttribute(doc, id, k, v, order);
      doc = applyChange(doc, c);
      return c;
    });
  };
  const checkAttributes = (id: string) => (values: Values) => (session && entry ? problemsAfter(entry.file, entry.schema, session.doc, attributeChanges(id, values), knownSources) : []);
  const saveAttributes = (id: string, values: Values) => {
    if (!session || !entry) return;
    const changes = attributeChanges(id, values);
    const f = session.doc.features.find((x) => idOf(x) === id);
    record({ zh: `修改属性：${String(f?.properties?.name_zh ?? id)}（${Object.keys(values).join('、')}）`, en: `edited ${String(f?.properties?.name_en ?? id)} (${Object.keys(values).join(', ')})` }, changes);
  };

  async function writeBack(force = false) {
    if (!session || !entry) return;
    setBusy(true);
    const text = writeFeatureCollection(session.doc);
    const r = await writeBackToDevServer(entry.file, text, session.baseHash, session.history.done, force);
    setBusy(false);
    if (r.ok) {
      setChosen(entry.file);
      await discard(entry.file);
      await queryClient.invalidateQueries({ queryKey: ['geodata'] });
      setRefused([]);
      setMessage(t('writeBackDone', { file: `geodata/${entry.file}` }));
    } else {
      setRefused(r.problems);
      setMessage(r.changedOnDisk ? t('writeBackChangedOnDisk') : '');
    }
  }

  async function mergeOntoDisk() {
    if (!session) return;
    const text = await fetchFileText(session.file);
    await replace(rebase(session, await sha256(text), featuresOfText(text)));
    setMessage(t('mergedOntoDisk'));
  }

  /** Exports the layer as it is now: with the local edits when there are any, else the file. */
  async function exportAs(kind: 'geojson' | 'csv' | 'shp') {
    if (!entry) return;
    const features = session ? [...session.doc.features] : featuresOfText(await fetchFileText(entry.file));
    const base = entry.file.split('/').pop()!.replace(/\.geojson$/, '');
    if (kind === 'geojson') download(new Blob([writeFeatureCollection({ features })], { type: 'application/geo+json' }), `${base}.geojson`);
    else if (kind === 'csv') download(new Blob([exportCsv(features)], { type: 'text/csv;charset=utf-8' }), `${base}.csv`);
    else {
      const r = await exportShapefileZip(features, base);
      download(new Blob([r.zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' }), `${base}.zip`);
      if (r.truncated.length || r.skipped.length) setMessage(t('shapefileNotes', { cut: r.truncated.length, skipped: r.skipped.length }));
    }
  }

  const conflict = session && conflicts[session.file];
  return (
    <div className="edit-panel" data-testid="edit-panel">
      <label className="edit-name">
        {t('editorName')}
        <input
          value={name}
          onChange={(e) => {
            setName(e.target.value);
            setEditorName(e.target.value);
          }}
          placeholder={t('editorNameHint')}
          data-testid="editor-name"
          aria-required="true"
        />
      </label>
      {importing ? (
        <ImportPanel files={files} registry={registry} knownSources={knownSources} featuresOf={featuresOf} sessionOf={sessionOf} record={recordIn} editor={name} known={known} onPreview={onPreview} dropped={dropped} onDone={() => setImporting(false)} />
      ) : (
        <button type="button" onClick={() => setImporting(true)} data-testid="open-import">
          {t('importOpen')}
        </button>
      )}
      {refused.length > 0 && importing && (
        <pre className="form-problems" role="alert">
          {say(refused)}
        </pre>
      )}
      <label className="edit-layer">
        {t('editLayer')}
        <select value={chosen} onChange={(e) => setChosen(e.target.value)} data-testid="edit-layer">
          {files.map((f) => (
            <option key={f.file} value={f.file}>
              {f.title[lang]} — {f.file}
              {sessions[f.file] ? ` (${t('editing')})` : ''}
            </option>
          ))}
        </select>
      </label>
      <p className="hint">{t('generatedNotEditable', { files: catalog.layers.filter((l) => l.origin !== 'edited').map((l) => l.file).filter((f, i, a) => a.indexOf(f) === i).join('、') })}</p>
      {isProject && selectedFeature && <ProjectChange project={selectedFeature} registry={registry} knownSources={knownSources} who={name} onRefused={setRefused} onMessage={setMessage} />}
      {isProject && refused.length > 0 && !session && (
        <pre className="form-problems" role="alert" data-testid="edit-refused">
          {say(refused)}
        </pre>
      )}
      {entry && !session && (
        <button type="button" onClick={() => void begin()} disabled={busy} data-testid="edit-begin">
          {t('editBegin')}
        </button>
      )}
      {entry && (
        <div className="edit-output" role="group" aria-label={t('exportLayer')}>
          <span className="hint">{t('exportLayer')}</span>
          <button type="button" onClick={() => void exportAs('geojson')} data-testid="export-geojson">
            GeoJSON
          </button>
          <button type="button" onClick={() => void exportAs('csv')} data-testid="export-csv">
            CSV
          </button>
          <button type="button" onClick={() => void exportAs('shp')} data-testid="export-shp">
            Shapefile (.zip)
          </button>
        </div>
      )}
      {message && (
        <p className="edit-message" role="status" data-testid="edit-message">
          {message}
        </p>
      )}
      {saveError && <p className="form-problems" role="alert">{t('saveFailed', { error: saveError })}</p>}
      {conflict && session && (
        <div className="edit-conflict" role="alert" data-testid="edit-conflict">
          <p>{t('editConflict', { file: session.file })}</p>
          <button type="button" onClick={() => resolveConflict(session.file, 'theirs')} data-testid="conflict-theirs">
            {t('conflictTheirs')}
          </button>
          <button type="button" onClick={() => resolveConflict(session.file, 'mine')} data-testid="conflict-mine">
            {t('conflictMine')}
          </button>
        </div>
      )}
      {session && entry && (
        <>
          <p className="edit-status" data-testid="edit-status" aria-live="polite">
            {t('editStatus', { n: session.history.done.length, file: session.file })}
          </p>
          <div className="edit-tools">
            <button type="button" onClick={() => undo(session.file)} disabled={!session.history.done.length} data-testid="edit-undo" title="Ctrl+Z">
              {t('undo')}
            </button>
            <button type="button" onClick={() => redo(session.file)} disabled={!session.history.undone.length} data-testid="edit-redo" title="Ctrl+Shift+Z">
              {t('redo')}
            </button>
            {allowed.map((k) => (
              <button
                type="button"
                key={k}
                data-testid={`edit-add-${k}`}
                onClick={() => {
                  setDraftNew(null);
                  controller()
                    ?.editor()
                    .drawNew(k, (geometry) => setDraftNew({ geometry, id: nextId(session.doc.features, entry.layerIds[0]!) }));
                  setMessage(t(k === 'point' ? 'drawPointHint' : 'drawShapeHint'));
                }}
              >
                {t(k === 'point' ? 'addPoint' : k === 'linestring' ? 'addLine' : 'addPolygon')}
              </button>
            ))}
          </div>
          <button type="button" onClick={() => setTableOpen((o) => !o)} aria-pressed={tableOpen} data-testid="open-table">
            {t('attributeTable')}
          </button>
          {tableOpen && (
            <FeatureTable
              schema={entry.schema}
              features={session.doc.features}
              selectedId={selected && entry.layerIds.includes(selected.layer) ? selected.id : undefined}
              onSelect={(id) => updateUrlState({ selected: { layer: entry.layerIds[0]!, id } })}
              onEdit={(id, key, value) => {
                const f = session.doc.features.find((x) => idOf(x) === id);
                return record({ zh: `表格修改：${String(f?.properties?.name_zh ?? id)}（${key}）`, en: `edited ${String(f?.properties?.name_en ?? id)} in the table (${key})` }, [setAttribute(session.doc, id, key, value, keyOrder(entry.schema))]);
              }}
              onClose={() => setTableOpen(false)}
              problems={refused.length ? say(refused) : undefined}
            />
          )}
          <label className="edit-source">
            {t('changeSource')}
            <select value={source.doc} onChange={(e) => setSource({ ...source, doc: e.target.value })} data-testid="change-source">
              <option value="">{t('noSource')}</option>
              {registry.map((s) => (
                <option key={s.id} value={s.id}>
                  {lang === 'zh' ? s.title_zh : s.title_en}
                </option>
              ))}
            </select>
            {source.doc.endsWith('.txt') && <input value={source.lines} onChange={(e) => setSource({ ...source, lines: e.target.value })} placeholder="L120-L124" aria-label={t('changeSourceLines')} />}
          </label>
          {refused.length > 0 && (
            <pre className="form-problems" role="alert" data-testid="edit-refused">
              {say(refused)}
            </pre>
          )}
          {draftNew && (
            <section aria-label={t('newFeature')}>
              <h2>{t('newFeature')}</h2>
              <AttributeForm
                key={draftNew.id}
                fields={formFields(entry.schema, { id: draftNew.id })}
                properties={{ id: draftNew.id }}
                check={(values) => problemsAfter(entry.file, entry.schema, session.doc, [addFeature(session.doc, { type: 'Feature', properties: { id: draftNew.id, ...values }, geometry: draftNew.geometry })], knownSources)}
                onSave={(values) => {
                  const id = String(values.id ?? draftNew.id);
                  const ok = record({ zh: `添加：${String(values.name_zh ?? id)}`, en: `added ${String(values.name_en ?? id)}` }, [addFeature(session.doc, { type: 'Feature', properties: { id: draftNew.id, ...values }, geometry: draftNew.geometry })]);
                  if (ok) {
                    setDraftNew(null);
                    updateUrlState({ selected: { layer: entry.layerIds[0]!, id } });
                  }
                }}
                onCancel={() => setDraftNew(null)}
                saveLabel={t('addFeature')}
              />
            </section>
          )}
          {selectedHere && !draftNew && (
            <section aria-label={t('editFeature')}>
              <h2>
                {t('editFeature')}{lang === 'zh' ? '：' : ': '}{String(selectedHere.properties?.[lang === 'zh' ? 'name_zh' : 'name_en'] ?? idOf(selectedHere))}
              </h2>
              <p className="hint">{t('dragHint')}</p>
              {'geometry_quality' in (selectedHere.properties ?? {}) && movedSincePlacementSet(session.history, idOf(selectedHere)) && (
                <p className="edit-message" role="status" data-testid="moved-placement-hint">
                  {t('movedPlacementHint', { quality: labelOf('geometry_quality', selectedHere.properties?.geometry_quality, lang) })}
                </p>
              )}
              <AttributeForm key={`${idOf(selectedHere)}:${session.rev}`} fields={formFields(entry.schema, selectedHere.properties ?? {})} properties={selectedHere.properties ?? {}} check={checkAttributes(idOf(selectedHere))} onSave={(v) => saveAttributes(idOf(selectedHere), v)} saveLabel={t('saveAttributes')} />
              {!confirmDelete ? (
                <button type="button" className="danger" onClick={() => setConfirmDelete(true)} data-testid="edit-delete">
                  {t('deleteFeature')}
                </button>
              ) : (
                <span>
                  <button
                    type="button"
                    className="danger"
                    data-testid="edit-delete-confirm"
                    onClick={() => {
                      setConfirmDelete(false);
                      if (record({ zh: `删除：${String(selectedHere.properties?.name_zh ?? idOf(selectedHere))}`, en: `deleted ${String(selectedHere.properties?.name_en ?? idOf(selectedHere))}` }, [deleteFeature(session.doc, idOf(selectedHere))])) updateUrlState({ selected: undefined });
                    }}
                  >
                    {t('deleteConfirm')}
                  </button>
                  <button type="button" onClick={() => setConfirmDelete(false)}>
                    {t('cancel')}
                  </button>
                </span>
              )}
            </section>
          )}
          {!selectedHere && !draftNew && <p className="hint">{t('editPickHint')}</p>}
          <div className="edit-output">
            {import.meta.env.DEV && (
              <button type="button" onClick={() => void writeBack()} disabled={busy || !session.history.done.length} data-testid="write-back">
                {t('writeBack', { file: `geodata/${session.file}` })}
              </button>
            )}
            {import.meta.env.DEV && message === t('writeBackChangedOnDisk') && (
              <>
                <button type="button" onClick={() => void mergeOntoDisk()} data-testid="merge-disk">
                  {t('mergeOntoDisk')}
                </button>
                <button type="button" className="danger" onClick={() => void writeBack(true)} data-testid="write-anyway">
                  {t('writeAnyway')}
                </button>
              </>
            )}
            {canPickFile() && (
              <button type="button" onClick={() => void writeToPickedFile(session.file.split('/').pop()!, writeFeatureCollection(session.doc)).then((ok) => ok && setMessage(t('savedToFile')))} data-testid="save-to-file">
                {t('saveToFile')}
              </button>
            )}
            <button type="button" className="danger" onClick={() => void discard(session.file)} data-testid="edit-discard">
              {t('discardLocal')}
            </button>
          </div>
          <ChangeLog history={session.history} />
        </>
      )}
    </div>
  );
}
