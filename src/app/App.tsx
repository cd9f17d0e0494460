/**
 * Layout and wiring only: data from queries, view state from the URL, rules from the pure modules
 * (picking, county narrowing, stats picks, map inputs), drawing by MapView.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import bbox from '@turf/bbox';
import { catalogQuery, documentsQuery, sourcesQuery } from '../data/queries';
import { geodataUrl } from '../data/geodataUrl';
import { BASEMAP_BBOX } from '../data/wenzhouBounds';
import type { Catalog, SeedDocument, SourceRegistry } from '../data/schemas';
import { countyOfHits, isStackBadge, rankHits } from '../domain/picking';
import { kindOf } from '../domain/layerKinds';
import { fitZoomOf, idsOfPick, type StatsPick } from '../domain/statsPick';
import { narrowToCounty } from '../filters/countyNarrowing';
import { mapLayers, mapSources, stackStates } from '../layers/mapInputs';
import { sourceIdFor } from '../layers/registry';
import { anchorOf } from '../layers/labelPoints';
import { STACK_ZOOM } from '../layers/stacks';
import { DEFAULT_THEME, PROJECTOR_THEME } from '../layers/theme';
import { basemapStyle } from '../map/basemapStyle';
import { MapView } from '../map/MapView';
import type { MapController, PickedFeature, StateEntry } from '../map/MapController';
import { getUrlState, updateUrlState, useUrlState } from '../state/urlStore';
import { useT } from '../i18n/useT';
import { Header } from '../ui/Header';
import { Sidebar } from '../ui/Sidebar';
import { FeaturePanel } from '../ui/FeaturePanel';
import { SourceViewer, type SourceRef } from '../ui/SourceViewer';
import { Notice } from '../ui/Notice';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { GeodataError, changesQuery, layerDataQuery } from '../data/queries';
import { CHANGES_FILE, cellsOf } from '../edit/changeRows';
import { CHANGE_LOG_FILE } from '../edit/changeLog';
import { isOwnWrite } from '../edit/writeBack';
import { attributionHtml } from '../map/attributionHtml';
import { formatProblem } from '../data/validate/problem';
import { useGeodata } from './useGeodata';
import { Presenter } from '../present/Presenter';
import { storiesQuery } from '../present/storiesQuery';
import { slideNumber, slideView } from '../present/slideView';
import { useFilteredView } from './useFilteredView';
import { visibleLegend } from '../layers/legend';
import { exportActions } from '../present/exportActions';
import { sceneOf, type SceneData } from '../present/scene';
import { CompareView } from '../map/CompareView';
import { Timeline } from '../ui/Timeline';
import { StoryEditor } from '../present/StoryEditor';
import { storyContextOf } from '../present/storyContext';
import type { Slide } from '../present/storySchema';
import { timelineCounts } from '../stats/timeline';
import { EditPanel } from '../edit/EditPanel';
import { useEditState } from '../edit/editStore';
import { editedLoads } from '../edit/editedLayers';
import { useRestoredEdits } from '../edit/useRestoredEdits';
import { LocalChangesNotice } from '../edit/LocalChangesNotice';
import { useGeodataReload } from './useGeodataReload';
import { PREVIEW_SOURCE, previewLayers, previewSource } from '../layers/importPreview';
import type { FeatureCollection, Position } from 'geojson';

const TIANDITU_KEY = 'wz:tianditu-key';

export function App() {
  const { t } = useT();
  const catalog = useQuery(catalogQuery);
  const registry = useQuery(sourcesQuery);
  const documents = useQuery(documentsQuery);
  const error = catalog.error ?? registry.error;
  if (error) return <BasemapOnly error={error} />;
  if (!catalog.data || !registry.data || documents.isPending) return <Notice kind="info" title={t('loading')} />;
  // Without the documents table citations fall back to the source registry's titles.
  return <MapApp catalog={catalog.data} registry={registry.data} documents={documents.data ?? []} />;
}

/** The catalog or the source registry is unusable: the basemap, and what is wrong in plain words. */
function BasemapOnly({ error }: { error: Error }) {
  const { t, lang } = useT();
  const problems = error instanceof GeodataError ? error.problems.slice(0, 8).map((p) => formatProblem(p, lang)) : [String(error.message)];
  const style = useMemo(
    () => basemapStyle({ landUrl: geodataUrl('basemap/land.geojson'), seaUrl: geodataUrl('basemap/sea.geojson'), outlineUrl: geodataUrl('basemap/wenzhou.geojson'), landAttribution: '© OpenStreetMap contributors', theme: DEFAULT_THEME, lang }),
    [lang],
  );
  return (
    <div className="app">
      <main className="workspace" data-sidebar="closed">
        <div className="map-area">
          <MapView style={style} bounds={[119.62, 27.04, 121.27, 28.62]} maxBounds={[...BASEMAP_BBOX]} lang={lang} sources={{}} layers={[]} basemap="offline" states={{}} onCameraChange={() => {}} onPick={() => {}} onBasemapError={() => {}} />
          <div className="notices">
            <Notice kind="error" title={t('catalogBroken')} text={problems.join('\n')} />
          </div>
        </div>
      </main>
    </div>
  );
}

/** The credits of a set of datasets and seeds, each once, as escaped text (they come from a file). */
function attributionFor(registry: SourceRegistry, ids: readonly string[]): string {
  return attributionHtml(ids.map((id) => registry.find((s) => s.id === id)?.attribution));
}

const sel = {
  layers: (s: ReturnType<typeof getUrlState>) => s.layers,
  opacity: (s: ReturnType<typeof getUrlState>) => s.opacity,
  lang: (s: ReturnType<typeof getUrlState>) => s.lang,
  basemap: (s: ReturnType<typeof getUrlState>) => s.basemap,
  selected: (s: ReturnType<typeof getUrlState>) => s.selected,
  filters: (s: ReturnType<typeof getUrlState>) => s.filters,
  panel: (s: ReturnType<typeof getUrlState>) => s.panel,
  story: (s: ReturnType<typeof getUrlState>) => s.story,
};

function MapApp({ catalog, registry, documents }: { catalog: Catalog; registry: SourceRegistry; documents: SeedDocument[] }) {
  const { t } = useT();
  // The camera is not read here: a camera move re-renders only the map.
  const urlLayers = useUrlState(sel.layers);
  const opacity = useUrlState(sel.opacity);
  const lang = useUrlState(sel.lang);
  const basemap = useUrlState(sel.basemap);
  const selected = useUrlState(sel.selected);
  const filters = useUrlState(sel.filters);
  const panel = useUrlState(sel.panel);
  const storyState = useUrlState(sel.story);
  const stories = useQuery(storiesQuery(catalog.stories)).data ?? [];
  const story = storyState && stories.find((s) => s.id === storyState.id);
  const slideNo = story ? slideNumber(storyState.slide, story.slides.length) : 0;
  const slide = story?.slides[slideNo - 1];
  const theme = slide ? PROJECTOR_THEME : DEFAULT_THEME;
  const [basemapFailed, setBasemapFailed] = useState(false);
  const [statsPick, setStatsPick] = useState<StatsPick>();
  const [sidebarOpen, setSidebarOpen] = useState(true);
  const [source, setSource] = useState<SourceRef | null>(null);
  const [tiandituKey, setTiandituKey] = useState(() => localStorage.getItem(TIANDITU_KEY) ?? undefined);
  /** Everything under the last click, ranked, so the panel can list the others. */
  const [hits, setHits] = useState<PickedFeature[]>([]);
  const controller = useRef<MapController | null>(null);
  const getController = useCallback(() => controller.current, []);
  /** The live map once it exists (the compare view needs it as its left side). */
  const [liveMap, setLiveMap] = useState<MapController | null>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  /** A selection from a statistics pick is framed by fitBounds already; others are panned into view. */
  const skipReveal = useRef(false);

  const knownSources = useMemo(() => new Set(registry.map((s) => s.id)), [registry]);
  const { sessions } = useEditState();
  // The projects as fetched, for the preview of recorded status changes (the same query as the map's).
  const projectsEntry = useMemo(() => catalog.layers.find((l) => l.origin !== 'edited' && l.origin.generated_from.includes(CHANGES_FILE)), [catalog]);
  const projectsLoad = useQuery({ ...layerDataQuery(projectsEntry ?? catalog.layers[0]!, knownSources), enabled: !!projectsEntry }).data;
  const edited = useMemo(() => editedLoads(sessions, knownSources, projectsEntry && { file: projectsEntry.file, load: projectsLoad }), [sessions, knownSources, projectsEntry, projectsLoad]);
  const geodata = useGeodata(catalog, knownSources, edited);
  const [restored, doneRestored] = useRestoredEdits();
  const [diskChanged, setDiskChanged] = useState<string>();
  // A file this page wrote back (or that was rebuilt from it), and the change log, drawn nowhere,
  // reload without a notice: "changed on disk" is for edits made elsewhere (QGIS, a text editor).
  useGeodataReload(
    useCallback((file: string, hash: string | undefined) => {
      if (file !== CHANGE_LOG_FILE && !isOwnWrite(file, hash)) setDiskChanged(file);
    }, []),
  );
  const projectChanges = useQuery(changesQuery).data ?? [];
  /** Changes recorded in the editor, not yet written to changes.csv: the panel's history shows them too. */
  const pendingChanges = useMemo(() => sessions[CHANGES_FILE]?.doc.features.map(cellsOf) ?? [], [sessions]);
  const projectSources = useMemo(() => catalog.layers.filter((l) => kindOf(l.schema).statistics).flatMap((l) => geodata.sources[l.id]?.features ?? []), [catalog, geodata.sources]);
  const view = useFilteredView(catalog, geodata.byLayer, filters);
  // One notice per file that gave nothing (missing, not JSON, too large); feature problems are listed in the layer panel.
  const fileNotices = useMemo(() => {
    const unusable = Object.values(geodata.problems).flatMap((list) => list.filter((p) => !p.feature && p.severity === 'error').slice(0, 1));
    return [...new Map([...geodata.errors, ...unusable].map((p) => [p.file, p])).values()];
  }, [geodata.problems, geodata.errors]);
  const schemaOf = useCallback((layer: string) => catalog.layers.find((l) => l.id === layer)?.schema, [catalog]);
  const visible = useMemo(() => new Set(urlLayers ?? catalog.layers.filter((l) => l.visible).map((l) => l.id)), [urlLayers, catalog]);

  const style = useMemo(
    () =>
      basemapStyle({
        landUrl: geodataUrl(catalog.basemap.land),
        seaUrl: geodataUrl(catalog.basemap.sea),
        outlineUrl: geodataUrl(catalog.basemap.outline),
        landAttribution: attributionFor(registry, catalog.basemap.sources),
        theme: DEFAULT_THEME,
        // The style is built once: the detailed basemap's labels keep the language the page opened with.
        lang: getUrlState().lang,
        vector: catalog.basemap.vector && {
          url: `pmtiles://${new URL(geodataUrl(catalog.basemap.vector.file), window.location.href).href}`,
          flavor: catalog.basemap.vector.flavor,
          attribution: attributionHtml([catalog.basemap.vector.attribution]),
        },
      }),
    [catalog, registry],
  );
  // Every layer source carries the same credit line (all catalog datasets), so MapLibre shows it once.
  const inputs = useMemo(() => mapSources(catalog.layers, geodata.byLayer, attributionFor(registry, catalog.layers.flatMap((l) => l.sources))), [catalog, registry, geodata.byLayer]);
  // A file being imported is drawn above everything before it is added (src/edit/ImportPanel.tsx).
  const [importPreview, setImportPreview] = useState<FeatureCollection | null>(null);
  const liveSources = useMemo(() => ({ ...inputs.sources, [PREVIEW_SOURCE]: previewSource(importPreview) }), [inputs.sources, importPreview]);
  const [dropped, setDropped] = useState<File[]>();
  useEffect(() => {
    const over = (e: DragEvent) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      if (!e.dataTransfer?.files.length) return;
      e.preventDefault();
      setSidebarOpen(true);
      updateUrlState({ panel: 'edit', story: undefined });
      setDropped([...e.dataTransfer.files]);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, []);
  /** Named places whose WGS-84 position is known, for the importer's GCJ-02 check. */
  const knownPlaces = useMemo(() => {
    const out = new Map<string, Position[]>();
    for (const fc of Object.values(geodata.byLayer))
      for (const f of fc.features)
        if (f.geometry?.type === 'Point' && typeof f.properties?.name_zh === 'string') out.set(f.properties.name_zh, [...(out.get(f.properties.name_zh) ?? []), f.geometry.coordinates]);
    return out;
  }, [geodata.byLayer]);
  const layers = useMemo(
    () => mapLayers(catalog.layers, { visible, opacity, lang, theme, filters: view.filters, choropleth: view.choropleth, stacks: inputs.stacks }),
    [catalog, visible, opacity, lang, theme, view.filters, view.choropleth, inputs.stacks],
  );
  const liveLayers = useMemo(() => [...layers, ...previewLayers(!!importPreview && !slide)], [layers, importPreview, slide]);
  const sceneData = useMemo<SceneData>(() => ({ catalog, byLayer: geodata.byLayer, inputs }), [catalog, geodata.byLayer, inputs]);
  const legend = useMemo(() => visibleLegend(catalog.layers, layers), [catalog, layers]);
  const counts = useMemo(() => stackStates(inputs.stacks, view.shownIds, geodata.byLayer), [inputs.stacks, view.shownIds, geodata.byLayer]);

  const selectedEntry = selected && catalog.layers.find((l) => l.id === selected.layer);
  const selectedFeature = useMemo(
    () => (selected && selectedEntry ? geodata.byLayer[selectedEntry.id]?.features.find((f) => String(f.properties?.id) === selected.id) : undefined),
    [selected, selectedEntry, geodata.byLayer],
  );
  const countyKey = selectedEntry ? kindOf(selectedEntry.schema).countyCode : undefined;
  const selection = useMemo<StateEntry[]>(() => (selectedEntry && selected ? [{ source: sourceIdFor(selectedEntry.id), id: selected.id, value: true }] : []), [selectedEntry, selected]);
  const highlight = useMemo<StateEntry[]>(() => {
    if (slide) return slide.highlight.map((h) => ({ source: sourceIdFor(h.layer), id: h.id, value: true }));
    if (!statsPick || statsPick.by === 'id') return [];
    const ids = idsOfPick(statsPick, view.projects);
    return catalog.layers.filter((l) => view.shownIds[l.id]).flatMap((l) => ids.filter((id) => view.shownIds[l.id]!.has(id)).map((id) => ({ source: sourceIdFor(l.id), id, value: true })));
  }, [slide, statsPick, view, catalog]);

  // A slide sets the layers, opacity and filters at once (a compare slide's left side), then the
  // camera eases to its view.
  // Entering presenter mode (a deep link, or the story menu) jumps straight to the slide: the
  // header and sidebar leave at that moment, and an ease under a resizing map ends off target.
  const presenting = useRef(false);
  useEffect(() => {
    if (!slide) {
      presenting.current = false;
      return;
    }
    const own = slideView(slide);
    const entering = !presenting.current;
    presenting.current = true;
    updateUrlState({ layers: [...own.layers], opacity: own.opacity, filters: own.filters, selected: undefined, panel: undefined, ...(entering && { camera: slide.camera }) });
    if (!entering) controller.current?.easeToCamera(slide.camera);
  }, [slide]);
  // A slide with a year range holds a timeline: its year is the upper end of the years filter.
  const timelineSpan = slide?.years;
  const timelineYear = timelineSpan ? Math.min(Math.max(filters.projects.years?.[1] ?? timelineSpan[1], timelineSpan[0]), timelineSpan[1]) : 0;
  const setTimelineYear = useCallback(
    (year: number) => {
      if (!timelineSpan) return;
      const f = getUrlState().filters;
      updateUrlState({ filters: { ...f, projects: { ...f.projects, years: [timelineSpan[0], year] } } });
    },
    [timelineSpan],
  );
  const timelineSummary = useMemo(() => {
    if (!timelineSpan) return '';
    const c = timelineCounts(view.projects, view.allProjects, projectChanges, timelineYear);
    return [
      t('timelineShown', { from: timelineSpan[0], year: timelineYear, n: c.shown }),
      c.changed ? t('timelineChanged', { n: c.changed, year: timelineYear }) : '',
      t('timelineNote', { n: c.unstated }),
    ]
      .filter(Boolean)
      .join(lang === 'zh' ? '；' : '; ');
  }, [timelineSpan, timelineYear, view, projectChanges, t, lang]);
  const compareScene = useMemo(() => (slide?.compare ? sceneOf(sceneData, slideView(slide, 'right'), lang, PROJECTOR_THEME) : undefined), [slide, sceneData, lang]);

  const states = useMemo(() => ({ selected: selection, highlight, count: counts }), [selection, highlight, counts]);

  // Keep the selected feature in sight beside the panel (at 1024×768 the panel covers a third of the map).
  useEffect(() => {
    if (skipReveal.current) {
      skipReveal.current = false;
      return;
    }
    if (!selectedFeature || !panelRef.current || !controller.current) return;
    const anchor = anchorOf(selectedFeature);
    const map = controller.current.map.getContainer().getBoundingClientRect();
    const box = panelRef.current.getBoundingClientRect();
    if (anchor) controller.current.keepVisible(anchor, { right: Math.max(0, map.right - box.left), bottom: 0 });
  }, [selectedFeature]);

  // Esc closes the feature panel wherever the focus is (the source viewer handles its own Esc first).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented && !source && getUrlState().selected) updateUrlState({ selected: undefined });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [source]);

  function pickOnMap(picked: PickedFeature[]) {
    const ranked = rankHits(picked, schemaOf);
    const [top] = ranked;
    // A stack badge opens into its column of named projects.
    if (top && isStackBadge(top)) {
      setHits([]);
      controller.current?.flyTo(top.lngLat, STACK_ZOOM + 0.5);
      return;
    }
    setHits(ranked);
    const patch: Parameters<typeof updateUrlState>[0] = { selected: top && top.id !== undefined ? { layer: top.layer, id: String(top.id) } : undefined };
    // Linked numbers: with the statistics open, clicking in a county narrows the projects to it,
    // even when a zone or a point is drawn above the county there.
    const county = panel === 'stats' ? countyOfHits(ranked, schemaOf) : undefined;
    if (county) patch.filters = narrowToCounty(filters, county);
    updateUrlState(patch);
  }

  function pickInStats(pick: StatsPick) {
    setStatsPick(pick);
    const ids = new Set(idsOfPick(pick, view.projects));
    const shown = view.projects.filter((f) => ids.has(String(f.properties?.id)));
    if (pick.by === 'id') {
      const layer = catalog.layers.find((l) => geodata.byLayer[l.id]?.features.some((f) => String(f.properties?.id) === pick.key));
      if (layer) {
        skipReveal.current = true;
        updateUrlState({ selected: { layer: layer.id, id: pick.key } });
      }
    }
    if (shown.length) controller.current?.fitBounds(bbox({ type: 'FeatureCollection', features: shown }) as [number, number, number, number], fitZoomOf(pick), pick.by === 'id' ? 340 : 0);
  }

  const storyContext = useMemo(() => storyContextOf(catalog, (id) => geodata.byLayer[id], registry, documents), [catalog, geodata.byLayer, registry, documents]);
  /** The editor's "go to": the slide's view on the planner's map (as presenting would show it). */
  const goToSlide = useCallback((s: Slide) => {
    const own = slideView(s);
    updateUrlState({ layers: [...own.layers], opacity: own.opacity, filters: own.filters, selected: undefined });
    controller.current?.easeToCamera(s.camera);
  }, []);
  const viewForSlide = () => {
    const u = getUrlState();
    const props = selectedFeature?.properties;
    const doc = typeof props?.source_doc === 'string' ? props.source_doc : undefined;
    return {
      camera: controller.current!.camera(),
      layers: [...visible],
      opacity: u.opacity,
      filters: u.filters,
      selected: u.selected,
      selectedSource: doc ? { doc, ...(typeof props?.source_lines === 'string' && { lines: props.source_lines }) } : undefined,
    };
  };

  // Built on every render: cheap closures that read the view only when an export is asked for.
  const exports = exportActions({
    context: { style, sources: inputs.sources, basemap, lang, maxBounds: [...BASEMAP_BBOX], entries: catalog.layers, labels: { sources: t('exportSources'), north: t('north'), date: t('exportDate') } },
    data: sceneData,
    registry,
    documents,
    lang,
    t,
    screen: () => {
      const el = controller.current!.map.getContainer();
      return { width: el.clientWidth, height: el.clientHeight, camera: controller.current!.camera() };
    },
    view: { layers: [...visible], opacity, filters, highlight: selected ? [selected] : [] },
    story: slide ? story : undefined,
    slide: slideNo,
  });

  const alternatives = hits
    .filter((h) => !(h.layer === selected?.layer && String(h.id) === selected?.id) && h.id !== undefined)
    .map((h) => ({
      layer: h.layer,
      id: String(h.id),
      label: String(h.properties[lang === 'zh' ? 'name_zh' : 'name_en'] ?? h.properties.name_zh ?? h.id),
      layerTitle: catalog.layers.find((l) => l.id === h.layer)?.title[lang] ?? h.layer,
    }));

  return (
    <div className="app" data-presenting={slide ? 'true' : undefined}>
      {!slide && (
      <Header
        basemap={basemap}
        onBasemap={(b) => {
          setBasemapFailed(false);
          updateUrlState({ basemap: b });
        }}
        tiandituKey={tiandituKey}
        onTiandituKey={(key) => {
          localStorage.setItem(TIANDITU_KEY, key);
          setTiandituKey(key);
        }}
        stories={stories}
        onPresent={(id) => updateUrlState({ story: { id, slide: 1 } })}
        exports={exports}
      />
      )}
      <main className="workspace" data-sidebar={sidebarOpen && !slide ? 'open' : 'closed'}>
        {!slide && (
        <ErrorBoundary name="sidebar">
        <Sidebar
          catalog={catalog}
          visible={visible}
          layers={layers}
          opacity={opacity}
          panel={panel}
          filters={filters}
          view={view}
          byLayer={geodata.byLayer}
          problems={geodata.problems}
          sources={projectSources}
          statsPick={statsPick}
          onStatsPick={pickInStats}
          open={sidebarOpen}
          onToggle={() => setSidebarOpen((o) => !o)}
          storyEditor={<StoryEditor stories={stories} context={storyContext} view={viewForSlide} onGo={goToSlide} />}
          layerEditor={<EditPanel catalog={catalog} registry={registry} knownSources={knownSources} selected={selected} selectedFeature={selectedFeature} controller={getController} known={knownPlaces} onPreview={setImportPreview} dropped={dropped} />}
        />
        </ErrorBoundary>
        )}
        <div className="map-area" data-compare={compareScene ? 'true' : undefined}>
          <MapView
            style={style}
            bounds={catalog.home}
            maxBounds={[...BASEMAP_BBOX]}
            lang={lang}
            sources={liveSources}
            layers={liveLayers}
            basemap={basemap}
            tiandituKey={tiandituKey}
            states={states}
            onReady={(c) => {
              controller.current = c;
              setLiveMap(c);
            }}
            onCameraChange={(camera) => updateUrlState({ camera })}
            onPick={pickOnMap}
            onBasemapError={() => {
              setBasemapFailed(true);
              updateUrlState({ basemap: 'offline' });
            }}
          />
          {slide?.compare && compareScene && liveMap && (
            <CompareView
              left={liveMap}
              style={style}
              maxBounds={[...BASEMAP_BBOX]}
              lang={lang}
              sources={inputs.sources}
              layers={compareScene.layers}
              states={compareScene.states}
              basemap={basemap}
              labels={[slide.compare.left.label[lang], slide.compare.right.label[lang]]}
              dividerLabel={t('compareDivider')}
            />
          )}
          {timelineSpan && <Timeline className="presenter-timeline" extent={timelineSpan} year={timelineYear} onYear={setTimelineYear} summary={timelineSummary} testId="timeline" />}
          {story && slide && <Presenter story={story} slide={slideNo} documents={documents} legend={legend} exports={exports} onSlide={(n) => updateUrlState({ story: { id: story.id, slide: n } })} onExit={() => updateUrlState({ story: undefined })} />}
          {!slide && selectedEntry && selectedFeature && (
            <div className="feature-panel-slot" ref={panelRef}>
              <ErrorBoundary name="feature-panel">
              <FeaturePanel
                key={`${selectedEntry.id}/${selected!.id}`}
                entry={selectedEntry}
                properties={selectedFeature.properties ?? {}}
                registry={registry}
                documents={documents}
                changes={[...projectChanges, ...pendingChanges].filter((c) => c.project_id === selected!.id && kindOf(selectedEntry.schema).statistics)}
                onClose={() => updateUrlState({ selected: undefined })}
                alternatives={alternatives}
                onSelect={(layer, id) => updateUrlState({ selected: { layer, id } })}
                onReadSource={(seed, lines) => setSource({ seed, lines })}
                onOnlyCounty={
                  countyKey ? () => updateUrlState({ filters: narrowToCounty(filters, String(selectedFeature.properties?.[countyKey])), panel: 'stats' }) : undefined
                }
              />
              </ErrorBoundary>
            </div>
          )}
          <div className="notices">
            {basemapFailed && <Notice kind="warning" textKey="basemapFailed" onClose={() => setBasemapFailed(false)} />}
            {!slide && <LocalChangesNotice restored={restored} catalog={catalog} onDone={doneRestored} onReview={() => setSidebarOpen(true)} />}
            {diskChanged && <Notice kind="info" title={t('diskChanged', { file: `geodata/${diskChanged}` })} onClose={() => setDiskChanged(undefined)} />}
            {fileNotices.map((p) => (
              <Notice key={`${p.file}:${p.code}`} kind="error" title={p.line !== undefined ? `${p.file}:${p.line}:${p.column ?? 1}` : p.file} text={`${p.message[lang]}${p.fix ? ` ${lang === 'zh' ? '修改：' : 'Fix: '}${p.fix[lang]}` : ''}`} />
            ))}
          </div>
        </div>
      </main>
      <SourceViewer source={source} documents={documents} onClose={() => setSource(null)} />
    </div>
  );
}
