/**
 * Importing a file from another office, in the Edit tab: pick or drop it, the worker parses it
 * (progress, cancel), the user names what the file does not say (text encoding, the CSV's
 * coordinate columns, the coordinate system: WGS-84/CGCS2000, GCJ-02 or BD-09, with the GCJ-02
 * shift against the project's known points detected and proposed), maps its fields onto the target
 * layer's schema (suggested by name), sees the validator's report per feature and fixes or leaves
 * out what it flags, sees the features on the map, and adds the valid ones in one moment.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Feature, FeatureCollection, Position } from 'geojson';
import type { SourceRegistry } from '../data/schemas';
import { formatProblem, isError, type Problem } from '../data/validate/problem';
import { useT } from '../i18n/useT';
import { addFeatures, idOf, type Change } from './changes';
import { fieldSpecs, inputOfValue, valueOfInput } from './fieldSpecs';
import { guessTarget, type ImportPlan } from './importPlan';
import { Planner } from './import/planClient';
import type { PlanRequest, PlanSummary } from '../workers/planJob';
import { importInWorker } from './import/importClient';
import { detectShift } from './import/crs';
import { suggestMapping } from './import/fieldMapping';
import { ImportError, type EncodingHint, type ImportFile, type ParsedImport, type SourceCrs } from './import/types';
import type { EditableFile } from './EditPanel';
import type { Session } from './session';
import { isNewLayerId, newLayerFile, newLayerWrite, suggestLayerId, type NewLayerChoice } from './importAsNewLayer';
import { writeNewLayer } from './writeBack';

interface Props {
  files: EditableFile[];
  registry: SourceRegistry;
  knownSources: ReadonlySet<string>;
  /** The target file's features now (with local edits), for ids and the report. */
  featuresOf(file: string): Promise<Feature[]>;
  /** The session of a target file, started when the user adds. */
  sessionOf(file: string): Promise<Session>;
  record(target: EditableFile, label: { zh: string; en: string }, changes: Change[]): boolean;
  /** The editor's name, for the change log of a new layer (written at once, not recorded). */
  editor: string;
  /** Named places with known WGS-84 positions (stations, seats…), for the GCJ-02 check. */
  known: ReadonlyMap<string, Position[]>;
  onPreview(fc: FeatureCollection | null): void;
  /** Files dropped on the page, handed over by the app. */
  dropped?: File[];
  onDone(): void;
}

const ACCEPT = '.geojson,.json,.zip,.shp,.shx,.dbf,.prj,.cpg,.kml,.gpx,.csv,.txt';
const CRS_LABEL: Record<SourceCrs, { zh: string; en: string }> = {
  wgs84: { zh: 'WGS-84 / CGCS2000（GPS、天地图、奥维）', en: 'WGS-84 / CGCS2000 (GPS, Tianditu)' },
  gcj02: { zh: 'GCJ-02（高德、腾讯地图）', en: 'GCJ-02 (Amap, Tencent)' },
  bd09: { zh: 'BD-09（百度地图）', en: 'BD-09 (Baidu)' },
};

async function read(list: File[]): Promise<ImportFile[]> {
  return Promise.all(list.map(async (f) => ({ name: f.name, bytes: await f.arrayBuffer() })));
}
/** The worker takes the bytes (transferred): keep a copy for a second parse with other options. */
const copy = (files: ImportFile[]) => files.map((f) => ({ name: f.name, bytes: f.bytes.slice(0) }));

/** A new layer has no features yet: nothing to clash with. */
const NO_FEATURES: Feature[] = [];

export function ImportPanel({ files, registry, knownSources, featuresOf, sessionOf, record, editor, known, onPreview, dropped, onDone }: Props) {
  const { t, lang } = useT();
  const [input, setInput] = useState<ImportFile[]>();
  const [encoding, setEncoding] = useState<EncodingHint>('auto');
  const [columns, setColumns] = useState<{ lng: string; lat: string }>();
  const [whole, setParsed] = useState<ParsedImport>();
  /** A zip may hold several shapefiles: the one being imported. */
  const [layerNo, setLayerNo] = useState(0);
  const parsed = useMemo(() => (whole ? layerOf(whole, layerNo) : undefined), [whole, layerNo]);
  const [progress, setProgress] = useState<number>();
  const [error, setError] = useState<string>();
  const [abort, setAbort] = useState<AbortController>();
  const [target, setTarget] = useState(files[0]?.file ?? '');
  const entry = files.find((f) => f.file === target)!;
  /** The user's choices, for the file and target they were made for. */
  const [plan, setPlan] = useState<ImportPlan & { of?: ParsedImport; target?: string }>({ crs: 'wgs84', mapping: {}, constants: {}, fixes: {}, excluded: [] });
  const [existing, setExisting] = useState<Feature[]>([]);
  const [added, setAdded] = useState<string>();
  /** Import as a new layer of the target's kind, instead of into the target. */
  const [asNew, setAsNew] = useState(false);
  const [newLayer, setNewLayer] = useState<NewLayerChoice>({ id: '', title: { zh: '', en: '' } });
  const against = asNew ? NO_FEATURES : existing;

  async function parse(list: ImportFile[], enc = encoding, cols = columns) {
    setError(undefined);
    setParsed(undefined);
    setAdded(undefined);
    const ctl = new AbortController();
    setAbort(ctl);
    setProgress(0);
    try {
      const result = await importInWorker(copy(list), { encoding: enc, ...(cols && { csv: cols }) }, (done, total) => setProgress(done / total), { signal: ctl.signal });
      setParsed(result);
      setLayerNo(0);
      if (result.csv && !cols && result.csv.lng && result.csv.lat) setColumns({ lng: result.csv.lng, lat: result.csv.lat });
    } catch (e) {
      if ((e as DOMException).name === 'AbortError') setError(t('importCancelled'));
      else if (e instanceof ImportError) setError(`${e.text[lang]}${e.fix ? (lang === 'zh' ? `（修改：${e.fix.zh}）` : ` (fix: ${e.fix.en})`) : ''}`);
      else setError(String(e));
    } finally {
      setProgress(undefined);
      setAbort(undefined);
    }
  }

  async function choose(list: File[]) {
    if (!list.length) return;
    // The previous file's report goes at once, not when the new file has been read.
    setParsed(undefined);
    const f = await read(list);
    setInput(f);
    setNewLayer((l) => (l.id ? l : { ...l, id: suggestLayerId(list[0]!.name) }));
    setColumns(undefined);
    await parse(f, encoding, undefined);
  }
  useEffect(() => {
    if (dropped?.length) void choose(dropped);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a new drop starts a new import
  }, [dropped]);

  // The target layer's features as they are now (with local edits), for ids and the report.
  useEffect(() => {
    let live = true;
    if (entry) void featuresOf(entry.file).then((f) => live && setExisting(f));
    return () => {
      live = false;
    };
  }, [entry, featuresOf, added]);

  // A new file: the layer it most likely belongs to (geometry, then fields found by name).
  useEffect(() => {
    if (!parsed) return;
    const best = guessTarget(parsed, files, (schema) => {
      const specs = fieldSpecs(schema);
      return Object.values(suggestMapping(parsed.fields, specs.map((x) => x.key), Object.fromEntries(specs.map((x) => [x.key, x.label])))).filter(Boolean).length;
    });
    if (best) setTarget(best.file);
  }, [parsed, files]);

  // A new file or target: mapping suggested by name, and the CRS the shift check proposes.
  const specs = useMemo(() => (entry ? fieldSpecs(entry.schema) : []), [entry]);
  const shift = useMemo(() => (parsed && parsed.crs.kind === 'none' ? detectShift(parsed.features, known, nameField(parsed)) : undefined), [parsed, known]);
  useEffect(() => {
    if (!parsed || !entry) return;
    const labels = Object.fromEntries(specs.map((s) => [s.key, s.label]));
    setPlan({ crs: shift?.suggestion ?? 'wgs84', mapping: suggestMapping(parsed.fields, specs.map((s) => s.key), labels), constants: {}, fixes: {}, excluded: [], of: parsed, target: entry.file });
  }, [parsed, entry, specs, shift]);

  // Planning and checking run in a worker that holds the file's features (150,000 of them took
  // 20 s of the main thread); each choice sends only the plan, and the latest answer is shown.
  // Made in an effect, not in state: React's strict mode runs effects twice in development, and a
  // worker ended by the first cleanup would never answer.
  const [planner, setPlanner] = useState<Planner>();
  useEffect(() => {
    const p = new Planner();
    setPlanner(p);
    return () => p.terminate();
  }, []);
  const [loaded, setLoaded] = useState<ParsedImport>();
  useEffect(() => {
    if (whole && planner) void planner.load(whole.features).then((current) => current && setLoaded(whole));
  }, [whole, planner]);
  const request = useMemo((): PlanRequest | undefined => {
    if (!parsed || !whole || loaded !== whole || !entry || plan.of !== parsed || plan.target !== entry.file) return undefined;
    const { of: _of, target: _target, ...choices } = plan;
    const layer = whole.layers && whole.layers.length > 1 ? whole.layers[layerNo] : undefined;
    const { features: _features, ...meta } = parsed;
    return {
      parsed: meta,
      start: layer?.start ?? 0,
      count: parsed.features.length,
      plan: choices,
      schema: entry.schema,
      file: asNew ? newLayerFile(newLayer.id) : entry.file,
      existingIds: against.map(idOf),
      ...(asNew && newLayer.id && { idPrefix: newLayer.id }),
      knownSources: [...knownSources],
    };
  }, [parsed, whole, loaded, entry, plan, layerNo, asNew, newLayer.id, against, knownSources]);
  const [report, setReport] = useState<PlanSummary>();
  /** How many reports have arrived: a test or benchmark waits for the next one. */
  const [reportNo, setReportNo] = useState(0);
  const [checking, setChecking] = useState(false);
  useEffect(() => {
    if (!request || !planner) return setReport(undefined);
    let live = true;
    setChecking(true);
    planner.plan(request).then(
      (summary) => {
        if (!live || !summary) return;
        setReport(summary);
        setReportNo((n) => n + 1);
        setChecking(false);
      },
      (e: unknown) => live && (setError(String(e)), setChecking(false)),
    );
    return () => {
      live = false;
    };
  }, [request, planner]);
  useEffect(() => {
    onPreview(report?.preview.length ? { type: 'FeatureCollection', features: report.preview } : null);
  }, [report, onPreview]);
  useEffect(() => () => onPreview(null), [onPreview]);

  const setMapping = (key: string, source: string) => setPlan((p) => ({ ...p, mapping: { ...p.mapping, [key]: source || undefined } }));
  const setConstant = (key: string, value: unknown) => setPlan((p) => ({ ...p, constants: { ...p.constants, [key]: value } }));
  const setFix = (i: number, key: string, value: unknown) => setPlan((p) => ({ ...p, fixes: { ...p.fixes, [i]: { ...p.fixes[i], [key]: value } } }));
  const toggle = (i: number) => setPlan((p) => ({ ...p, excluded: p.excluded.includes(i) ? p.excluded.filter((x) => x !== i) : [...p.excluded, i] }));

  async function add() {
    if (!report || !entry || !request || !planner) return;
    if (asNew) return addAsNewLayer(request, planner);
    const s = await sessionOf(entry.file);
    const changes = addFeatures(s.doc, await planner.addable(request));
    const name = input?.map((f) => f.name).join(', ') ?? '';
    if (record(entry, { zh: `导入 ${changes.length} 个要素（${name}）`, en: `imported ${changes.length} feature(s) (${name})` }, changes)) {
      setAdded(t('importAdded', { n: changes.length, file: entry.file }));
      setParsed(undefined);
      setInput(undefined);
    }
  }

  /** A new layer is written at once, with its catalog entry, by the dev server (it checks both). */
  async function addAsNewLayer(request: PlanRequest, planner: Planner) {
    if (!report || !entry) return;
    setError(undefined);
    if (!isNewLayerId(newLayer.id) || !newLayer.title.zh.trim() || !newLayer.title.en.trim()) return setError(t('newLayerIncomplete'));
    if (!editor.trim()) return setError(t('newLayerNoEditor'));
    const chosen = await planner.addable(request);
    const w = newLayerWrite(entry, { id: newLayer.id, title: { zh: newLayer.title.zh.trim(), en: newLayer.title.en.trim() } }, chosen, editor.trim(), input?.map((f) => f.name).join(', ') ?? '');
    const r = await writeNewLayer(w.file, w.text, w.layer, w.log);
    if (!r.ok) return setError(r.problems.length ? r.problems.map((p) => formatProblem(p, lang)).join('\n') : t('newLayerFailed', { status: r.status }));
    setAdded(t('newLayerDone', { title: newLayer.title[lang], file: w.file, n: chosen.length }));
    setParsed(undefined);
    setInput(undefined);
    setNewLayer({ id: '', title: { zh: '', en: '' } });
  }

  const problemText = (p: Problem) => `${p.property ? `${p.property}：` : ''}${p.message[lang]}${p.fix ? (lang === 'zh' ? `（修改：${p.fix.zh}）` : ` (fix: ${p.fix.en})`) : ''}`;
  const constantOptions = (key: string) => (key === 'source_doc' ? registry.map((s) => ({ value: s.id, label: lang === 'zh' ? s.title_zh : s.title_en })) : undefined);

  return (
    <section className="import-panel" aria-label={t('importTitle')} data-testid="import-panel">
      <h2>{t('importTitle')}</h2>
      <label className="import-pick">
        {t('importPick')}
        <input type="file" multiple accept={ACCEPT} onChange={(e) => void choose([...(e.target.files ?? [])])} data-testid="import-file" />
      </label>
      <p className="hint">{t('importFormats')}</p>
      {progress !== undefined && (
        <p role="status">
          <progress value={progress} max={1} aria-label={t('importParsing')} data-testid="import-progress" /> {Math.round(progress * 100)}%{' '}
          <button type="button" onClick={() => abort?.abort()}>
            {t('cancel')}
          </button>
        </p>
      )}
      {error && (
        <p className="form-problems" role="alert" data-testid="import-error">
          {error}
        </p>
      )}
      {added && (
        <p className="edit-message" role="status" data-testid="import-added">
          {added}
        </p>
      )}
      {parsed && (
        <>
          <p data-testid="import-summary">
            {t('importSummary', { format: parsed.format, n: parsed.features.length, encoding: parsed.encoding ?? '—', crs: parsed.crs.kind === 'prj' ? parsed.crs.name : t('importNoCrs') })}
          </p>
          {parsed.warnings.map((w, i) => (
            <p className="hint" key={i}>
              ⚠ {w[lang]}
            </p>
          ))}
          {parsed.skipped.length > 0 && (
            <details>
              <summary>{t('importSkipped', { n: parsed.skipped.length })}</summary>
              <ul>
                {parsed.skipped.slice(0, 50).map((s) => (
                  <li key={s.row}>
                    {t('importRow', { row: s.row })}：{s.reason[lang]}
                  </li>
                ))}
              </ul>
            </details>
          )}
          {whole!.layers && whole!.layers.length > 1 && (
            <label>
              {t('importLayerOfZip')}
              <select value={layerNo} onChange={(e) => setLayerNo(Number(e.target.value))} data-testid="import-layer">
                {whole!.layers.map((l, i) => (
                  <option key={l.name} value={i}>
                    {l.name}（{l.count}）
                  </option>
                ))}
              </select>
            </label>
          )}
          <label>
            {t('importEncoding')}
            <select
              value={encoding}
              onChange={(e) => {
                const enc = e.target.value as EncodingHint;
                setEncoding(enc);
                if (input) void parse(input, enc);
              }}
              data-testid="import-encoding"
            >
              <option value="auto">{t('importEncodingAuto')}</option>
              <option value="utf-8">UTF-8</option>
              <option value="gbk">GBK / GB2312 / CP936</option>
            </select>
          </label>
          {parsed.csv && (
            <fieldset className="import-columns">
              <legend>{t('importCsvColumns')}</legend>
              {(['lng', 'lat'] as const).map((k) => (
                <label key={k}>
                  {k === 'lng' ? t('importLng') : t('importLat')}
                  <select
                    value={columns?.[k] ?? ''}
                    data-testid={`import-${k}`}
                    onChange={(e) => {
                      const next = { lng: columns?.lng ?? '', lat: columns?.lat ?? '', [k]: e.target.value };
                      setColumns(next);
                      if (input && next.lng && next.lat) void parse(input, encoding, next);
                    }}
                  >
                    <option value="">—</option>
                    {parsed.csv!.columns.map((c) => (
                      <option key={c} value={c}>
                        {c}
                      </option>
                    ))}
                  </select>
                </label>
              ))}
            </fieldset>
          )}
          {parsed.crs.kind === 'none' && (
            <fieldset className="import-crs">
              <legend>{t('importCrs')}</legend>
              {(Object.keys(CRS_LABEL) as SourceCrs[]).map((c) => (
                <label key={c}>
                  <input type="radio" name="import-crs" value={c} checked={plan.crs === c} onChange={() => setPlan((p) => ({ ...p, crs: c }))} data-testid={`import-crs-${c}`} /> {CRS_LABEL[c][lang]}
                </label>
              ))}
              {shift && shift.matched > 0 && (
                <p className={shift.suggestion ? 'edit-message' : 'hint'} data-testid="import-shift">
                  {shift.suggestion
                    ? t('importShiftFound', { n: shift.matched, raw: Math.round(shift.medianRawMetres ?? 0), crs: CRS_LABEL[shift.suggestion][lang], after: Math.round(shift.medianAfterMetres ?? 0) })
                    : t('importShiftNone', { n: shift.matched, raw: Math.round(shift.medianRawMetres ?? 0) })}
                </p>
              )}
            </fieldset>
          )}
          <label>
            {asNew ? t('newLayerKind') : t('importTarget')}
            <select value={target} onChange={(e) => setTarget(e.target.value)} data-testid="import-target">
              {files.map((f) => (
                <option key={f.file} value={f.file}>
                  {f.title[lang]} — {f.file}
                </option>
              ))}
            </select>
          </label>
          <label className="import-check">
            <input type="checkbox" checked={asNew} disabled={!import.meta.env.DEV} onChange={(e) => setAsNew(e.target.checked)} data-testid="import-as-new" /> {t('importAsNewLayer')}
          </label>
          {!import.meta.env.DEV && <p className="hint">{t('newLayerDevOnly')}</p>}
          {asNew && (
            <fieldset className="import-new-layer">
              <legend>{t('newLayerLegend')}</legend>
              <label>
                {t('newLayerTitleZh')}
                <input value={newLayer.title.zh} onChange={(e) => setNewLayer((l) => ({ ...l, title: { ...l.title, zh: e.target.value } }))} data-testid="new-layer-zh" />
              </label>
              <label>
                {t('newLayerTitleEn')}
                <input value={newLayer.title.en} onChange={(e) => setNewLayer((l) => ({ ...l, title: { ...l.title, en: e.target.value } }))} data-testid="new-layer-en" />
              </label>
              <label>
                {t('newLayerId')}
                <input value={newLayer.id} onChange={(e) => setNewLayer((l) => ({ ...l, id: e.target.value.trim() }))} aria-invalid={!isNewLayerId(newLayer.id)} data-testid="new-layer-id" />
              </label>
              <p className="hint">{t('newLayerWhere', { file: `geodata/${newLayerFile(newLayer.id || '…')}`, kind: entry.title[lang] })}</p>
            </fieldset>
          )}
          <details open className="import-mapping">
            <summary>{t('importMapping')}</summary>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('importField')}</th>
                  <th scope="col">{t('importFrom')}</th>
                  <th scope="col">{t('importConstant')}</th>
                </tr>
              </thead>
              <tbody>
                {specs.map((s) => (
                  <tr key={s.key}>
                    <th scope="row">
                      {s.label[lang]}
                      {s.required && <span className="required">*</span>} <code className="field-key">{s.key}</code>
                    </th>
                    <td>
                      <select value={plan.mapping[s.key] ?? ''} onChange={(e) => setMapping(s.key, e.target.value)} aria-label={`${s.label[lang]}：${t('importFrom')}`} data-map={s.key}>
                        <option value="">—</option>
                        {parsed.fields.map((f) => (
                          <option key={f} value={f}>
                            {f}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      {s.kind === 'select' || constantOptions(s.key) ? (
                        <select value={inputOfValue(plan.constants[s.key])} onChange={(e) => setConstant(s.key, valueOfInput(s, e.target.value))} aria-label={`${s.label[lang]}：${t('importConstant')}`} data-constant={s.key}>
                          <option value="">—</option>
                          {(s.options?.map((o) => ({ value: o.value, label: o.label[lang] })) ?? constantOptions(s.key)!).map((o) => (
                            <option key={o.value} value={o.value}>
                              {o.label}
                            </option>
                          ))}
                        </select>
                      ) : s.kind === 'boolean' ? (
                        <select value={inputOfValue(plan.constants[s.key])} onChange={(e) => setConstant(s.key, e.target.value === '' ? undefined : e.target.value === 'true')} aria-label={`${s.label[lang]}：${t('importConstant')}`} data-constant={s.key}>
                          <option value="">—</option>
                          <option value="true">{lang === 'zh' ? '是' : 'yes'}</option>
                          <option value="false">{lang === 'zh' ? '否' : 'no'}</option>
                        </select>
                      ) : (
                        <input value={inputOfValue(plan.constants[s.key])} onChange={(e) => setConstant(s.key, valueOfInput(s, e.target.value))} aria-label={`${s.label[lang]}：${t('importConstant')}`} data-constant={s.key} />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
          {checking && (
            <p className="hint" role="status" data-testid="import-checking">
              {t('importChecking')}
            </p>
          )}
          {report && (
            <div className="import-report" data-testid="import-report" data-report={reportNo}>
              <h3>{t('importReport')}</h3>
              <p data-testid="import-counts">{t('importCounts', { ok: report.addable, bad: report.errorCount, total: report.total })}</p>
              {report.errorCount > report.errors.length && <p className="hint">{t('importErrorsListed', { n: report.errors.length, total: report.errorCount })}</p>}
              {report.previewCut && <p className="hint">{t('importPreviewCut', { n: report.preview.length })}</p>}
              <ol>
                {report.errors.map(({ index: i, properties, problems: ps }) => {
                  const fixable = [...new Set(ps.filter((p) => isError(p) && p.property && !p.property.startsWith('geometry') && p.property !== 'feature').map((p) => p.property!))];
                  return (
                    <li key={i} data-feature={String(properties.id)}>
                      <label>
                        <input type="checkbox" checked={!plan.excluded.includes(i)} onChange={() => toggle(i)} aria-label={t('importInclude')} /> [{String(properties.id)}] {String(properties.name_zh ?? '')}
                      </label>
                      <ul>
                        {ps.map((p, j) => (
                          <li key={j} className={isError(p) ? 'field-error' : 'hint'}>
                            {problemText(p)}
                          </li>
                        ))}
                      </ul>
                      {fixable.map((key) => {
                        const spec = specs.find((s) => s.key === key);
                        return (
                          <label key={key} className="import-fix">
                            {t('importFix', { field: key })}
                            <input
                              defaultValue={inputOfValue(properties[key])}
                              data-fix={key}
                              onBlur={(e) => setFix(i, key, spec ? valueOfInput(spec, e.target.value) : e.target.value || undefined)}
                              onKeyDown={(e) => e.key === 'Enter' && setFix(i, key, spec ? valueOfInput(spec, e.currentTarget.value) : e.currentTarget.value || undefined)}
                            />
                          </label>
                        );
                      })}
                    </li>
                  );
                })}
              </ol>
              <button type="button" onClick={() => void add()} disabled={!report.addable || checking} data-testid="import-add">
                {asNew ? t('newLayerAdd', { n: report.addable, file: `geodata/${newLayerFile(newLayer.id || '…')}` }) : t('importAdd', { n: report.addable, file: entry.file })}
              </button>
            </div>
          )}
        </>
      )}
      <button type="button" onClick={onDone} data-testid="import-close">
        {t('importClose')}
      </button>
    </section>
  );
}

/** One shapefile of a zip that holds several, as if it were the whole file. */
function layerOf(parsed: ParsedImport, n: number): ParsedImport {
  const layer = parsed.layers?.[n];
  if (!layer || parsed.layers!.length < 2) return parsed;
  const features = parsed.features.slice(layer.start, layer.start + layer.count);
  const fields = [...new Set(features.flatMap((f) => Object.keys(f.properties ?? {})))];
  return { ...parsed, features, fields, crs: layer.crs, encoding: layer.encoding ?? parsed.encoding };
}

/** The field that names a feature, for matching against known places. */
function nameField(parsed: ParsedImport): string {
  const candidates = ['name_zh', 'name', 'NAME', '名称', '站名', 'Name', 'title'];
  return candidates.find((c) => parsed.fields.includes(c)) ?? parsed.fields.find((f) => /name|名/i.test(f)) ?? 'name_zh';
}
