/**
 * Geometry editing on the live map with terra-draw: the one feature being edited is handed to
 * terra-draw (vertex handles, midpoints to add vertices, whole-feature drag for points), and a
 * finished drag comes back as a geometry; nothing else is kept here. The layer itself keeps
 * drawing the file's features: the app turns the returned geometry into a change and the layer's
 * data follows. Vertices snap to the vertices of features drawn nearby (any interactive layer).
 */
import type * as maplibregl from 'maplibre-gl';
import type { Feature, Geometry, Position } from 'geojson';
import { TerraDraw, TerraDrawLineStringMode, TerraDrawPointMode, TerraDrawPolygonMode, TerraDrawSelectMode, type GeoJSONStoreFeatures } from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';

export type DrawKind = 'point' | 'linestring' | 'polygon';

const MODE_OF: Record<string, DrawKind> = { Point: 'point', LineString: 'linestring', Polygon: 'polygon' };
/** Pixels within which a dragged vertex snaps to another feature's vertex. */
const SNAP_PX = 10;
const ACCENT = '#c2410c';

export class GeometryEditor {
  private readonly draw: TerraDraw;
  private editing: string | undefined;
  private onChange: ((geometry: Geometry) => void) | undefined;
  private onDrawn: ((geometry: Geometry) => void) | undefined;
  private started = false;
  /** The last request made before terra-draw could start. */
  private pending: (() => void) | undefined;

  constructor(private readonly map: maplibregl.Map) {
    const snapping = { toCustom: (e: { containerX: number; containerY: number }) => this.snap(e.containerX, e.containerY) };
    const editable = {
      draggable: true,
      coordinates: { draggable: true, midpoints: true, deletable: true, snappable: snapping },
    };
    this.draw = new TerraDraw({
      adapter: new TerraDrawMapLibreGLAdapter({ map, coordinatePrecision: 6 }),
      // The project's ids are strings such as "s1-station-01", not terra-draw's UUIDs.
      idStrategy: { isValidId: (id) => typeof id === 'string' && id.length > 0, getId: () => `draft-${crypto.randomUUID()}` },
      modes: [
        new TerraDrawSelectMode({
          flags: { point: { feature: { draggable: true } }, linestring: { feature: editable }, polygon: { feature: editable } },
          styles: { selectedPointColor: ACCENT, selectedPointWidth: 9, selectedPointOutlineColor: '#ffffff', selectedPointOutlineWidth: 2, selectionPointColor: ACCENT, selectionPointWidth: 6, midPointColor: '#ffffff', midPointOutlineColor: ACCENT, selectedLineStringColor: ACCENT, selectedPolygonColor: ACCENT, selectedPolygonOutlineColor: ACCENT },
        }),
        new TerraDrawPointMode({ styles: { pointColor: ACCENT, pointWidth: 8 } }),
        new TerraDrawLineStringMode({ snapping, styles: { lineStringColor: ACCENT } }),
        new TerraDrawPolygonMode({ snapping, styles: { fillColor: ACCENT, outlineColor: ACCENT } }),
      ],
    });
    // terra-draw adds its sources when it starts: only once the style has loaded.
    const start = () => {
      this.draw.start();
      this.draw.setMode('select');
      this.started = true;
      const later = this.pending;
      this.pending = undefined;
      later?.();
    };
    if (map.isStyleLoaded()) start();
    else map.once('load', start);
    this.draw.on('finish', (id, ctx) => {
      const f = this.draw.getSnapshotFeature(id);
      if (!f) return;
      if (ctx.action === 'draw') {
        const done = this.onDrawn;
        this.draw.removeFeatures([id]);
        this.draw.setMode('select');
        this.onDrawn = undefined;
        done?.(f.geometry as Geometry);
      } else if (String(id) === this.editing) this.onChange?.(f.geometry as Geometry);
    });
    // terra-draw's select mode deselects on a click elsewhere; the app's selection decides instead.
    this.draw.on('deselect', (id) => {
      if (String(id) === this.editing) queueMicrotask(() => this.editing && this.draw.hasFeature(this.editing) && this.draw.selectFeature(this.editing));
    });
  }

  /** Edits this feature's geometry (or stops editing with `undefined`). */
  edit(feature: Feature | undefined, onChange: (geometry: Geometry) => void) {
    if (!this.started) {
      this.pending = () => this.edit(feature, onChange);
      return;
    }
    this.onChange = onChange;
    const id = feature ? String(feature.properties?.id) : undefined;
    const same = id && id === this.editing && this.draw.hasFeature(id) && JSON.stringify(this.draw.getSnapshotFeature(id)?.geometry) === JSON.stringify(feature!.geometry);
    if (same) return;
    this.clear();
    const mode = feature?.geometry && MODE_OF[feature.geometry.type];
    if (!feature || !id || !mode) return;
    const stored = { type: 'Feature', id, geometry: feature.geometry, properties: { mode } } as GeoJSONStoreFeatures;
    const [result] = this.draw.addFeatures([stored]);
    if (!result?.valid) return;
    this.editing = id;
    this.draw.setMode('select');
    this.draw.selectFeature(id);
  }

  /** Draws a new feature; `onDone` gets its geometry (Esc or `cancel` stops without one). */
  drawNew(kind: DrawKind, onDone: (geometry: Geometry) => void) {
    if (!this.started) {
      this.pending = () => this.drawNew(kind, onDone);
      return;
    }
    this.clear();
    this.onDrawn = onDone;
    this.draw.setMode(kind);
  }

  get drawing(): boolean {
    return this.onDrawn !== undefined;
  }

  cancel() {
    this.onDrawn = undefined;
    this.pending = undefined;
    if (this.started) this.clear();
  }

  private clear() {
    this.editing = undefined;
    this.draw.clear();
    this.draw.setMode('select');
  }

  /** The nearest vertex of another drawn feature within SNAP_PX, in lng/lat. */
  private snap(x: number, y: number): Position | undefined {
    const box: [[number, number], [number, number]] = [
      [x - SNAP_PX, y - SNAP_PX],
      [x + SNAP_PX, y + SNAP_PX],
    ];
    let best: Position | undefined;
    let bestD = SNAP_PX;
    for (const f of this.map.queryRenderedFeatures(box)) {
      if (f.source.startsWith('td-') || String(f.properties?.id) === this.editing) continue;
      for (const p of positionsOf(f.geometry)) {
        const q = this.map.project(p as [number, number]);
        const d = Math.hypot(q.x - x, q.y - y);
        if (d < bestD) [best, bestD] = [p, d];
      }
    }
    return best;
  }

  destroy() {
    if (this.started) this.draw.stop();
  }
}

function positionsOf(g: Geometry): Position[] {
  switch (g.type) {
    case 'Point':
      return [g.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return g.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates.flat();
    case 'MultiPolygon':
      return g.coordinates.flat(2);
    default:
      return [];
  }
}
