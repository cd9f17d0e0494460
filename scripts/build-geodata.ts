/**
 * Regenerates the committed geodata/ from the research sources in ../shared/research/geodata-sources.
 *
 *   npm run build:geodata            (reads ../shared/research/geodata-sources by default)
 *   GEODATA_SOURCES=/path npm run build:geodata
 *
 * GCJ-02 inputs are converted to WGS-84 with gcoord. The finer CC BY 4.0 fences have 11 units
 * (龙港 was split from 苍南 in 2019), so 龙港 is cut out of 苍南 with the 12-unit DataV outline.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import * as turf from '@turf/turf';
import type { FeatureCollection, MultiPolygon, Point, Polygon, Position, Feature } from 'geojson';
import { writeFeatureCollection } from './lib/writeGeojson';
import { readJson, roundGeometry, toWgs84, type BuildContext, type BuildStep } from './lib/geo';
import { COUNTY_NAMES } from '../src/domain/counties';
import { BASEMAP_DATA_BBOX } from '../src/data/wenzhouBounds';
import { buildRail } from './geodata/rail';
import { buildStructure } from './geodata/structure';
import { buildBelts } from './geodata/belts';
import { buildProjects } from './geodata/projects';

const root = resolve(import.meta.dirname, '..');
const ctx: BuildContext = {
  sources: resolve(process.env.GEODATA_SOURCES ?? join(root, '../shared/research/geodata-sources')),
  seeds: join(root, 'seeds'),
  geodata: join(root, 'geodata'),
};
const read = <T>(file: string): T => readJson<T>(ctx.sources, file);

type Area = Feature<Polygon | MultiPolygon>;

/** Splits 龙港 out of the fine 苍南 fence; thin leftovers along the new border go to 龙港. */
function splitLonggang(cangnanFine: Area, longgangCoarse: Area): { cangnan: Area; longgang: Area } {
  let longgang = turf.intersect(turf.featureCollection([cangnanFine, longgangCoarse])) as Area | null;
  const rest = turf.difference(turf.featureCollection([cangnanFine, longgangCoarse])) as Area | null;
  if (!longgang || !rest) throw new Error('splitting 龙港 out of 苍南 produced an empty part');
  const restParts = rest.geometry.type === 'Polygon' ? [rest.geometry.coordinates] : rest.geometry.coordinates;
  const keep: Position[][][] = [];
  let moved = 0;
  const near = turf.buffer(longgang, 0.3, { units: 'kilometers' })!;
  for (const part of restParts) {
    const poly = turf.polygon(part);
    // Slivers between the coarse and fine coastlines next to 龙港 are 龙港's land, not 苍南's.
    if (turf.area(poly) < 1.5e6 && turf.booleanIntersects(poly, near)) {
      longgang = turf.union(turf.featureCollection([longgang, poly])) as Area;
      moved++;
    } else keep.push(part);
  }
  console.log(`  龙港 split: ${moved} sliver(s) moved from 苍南 to 龙港, 苍南 keeps ${keep.length} part(s)`);
  const cangnan = turf.feature<MultiPolygon>({ type: 'MultiPolygon', coordinates: keep }, cangnanFine.properties);
  return { cangnan, longgang };
}

function buildCounties() {
  const fine = toWgs84(read<FeatureCollection<Polygon | MultiPolygon>>('wenzhou_county_fences_vonng_gcj02.geojson'));
  const coarse = toWgs84(read<FeatureCollection<Polygon | MultiPolygon>>('wenzhou_330300_full_datav.json'));
  const byCode = new Map(fine.features.map((f) => [String(f.properties!.adcode), f as Area]));
  const longgangCoarse = coarse.features.find((f) => String(f.properties!.adcode) === '330383') as Area;
  const { cangnan, longgang } = splitLonggang(byCode.get('330327')!, longgangCoarse);
  byCode.set('330327', cangnan);
  byCode.set('330383', longgang);

  const features = Object.entries(COUNTY_NAMES).map(([adcode, names]) => {
    const f = byCode.get(adcode);
    if (!f) throw new Error(`no polygon for ${adcode}`);
    const split = adcode === '330327' || adcode === '330383';
    return {
      type: 'Feature' as const,
      properties: {
        id: adcode,
        adcode,
        name_zh: names.zh,
        name_en: names.en,
        area_km2: Math.round(turf.area(f) / 1e4) / 100,
        source_doc: split ? 'vonng-fences-longgang-split' : 'vonng-adcode-fences',
        geometry_quality: 'surveyed' as const,
      },
      geometry: roundGeometry(f.geometry),
    };
  });
  return { type: 'FeatureCollection' as const, features };
}

function buildCountySeats() {
  const towns = toWgs84(read<FeatureCollection<Point>>('wenzhou_town_points_vonng_gcj02.geojson'));
  const features = Object.entries(COUNTY_NAMES).map(([adcode, names]) => {
    // 龙港市 is the former 龙港镇, whose government is the city's seat; the 2016 list has no 龙港市 point.
    const seat =
      adcode === '330383'
        ? towns.features.find((t) => t.properties!.name === '龙港镇')
        : towns.features.find((t) => t.properties!.level === 'county' && String(t.properties!.county_adcode) === adcode);
    if (!seat) throw new Error(`no seat point for ${adcode}`);
    return {
      type: 'Feature' as const,
      properties: {
        id: `seat-${adcode}`,
        adcode,
        name_zh: names.zh,
        name_en: names.en,
        seat_zh: adcode === '330383' ? '龙港市人民政府 (原龙港镇)' : `${names.zh}人民政府`,
        source_doc: 'vonng-adcode-towns',
        geometry_quality: 'surveyed' as const,
      },
      geometry: roundGeometry(seat.geometry),
    };
  });
  return { type: 'FeatureCollection' as const, features };
}

/** The land polygons: geodata/basemap/land.geojson, extracted once by scripts/extract-land.ts; read, never rewritten. */
function readLand(): FeatureCollection<MultiPolygon> {
  return readJson<FeatureCollection<MultiPolygon>>(ctx.geodata, 'basemap/land.geojson');
}

/** A derived basemap area as a one-feature collection. */
const basemapArea = (id: string, source: string, area: Area) => ({
  type: 'FeatureCollection' as const,
  features: [{ type: 'Feature' as const, properties: { id, source_doc: source, geometry_quality: 'derived' as const }, geometry: roundGeometry(area.geometry) }],
});

/**
 * Sea = the basemap's data box minus the land. The box is wider than the camera may look
 * (BASEMAP_BBOX, the map's maxBounds), so every allowed view is land or sea to its edge.
 */
function buildSea(land: FeatureCollection<MultiPolygon>) {
  const box = turf.bboxPolygon([...BASEMAP_DATA_BBOX]);
  return basemapArea('sea-1', 'osm-coastline-geomaps', turf.difference(turf.featureCollection<Polygon | MultiPolygon>([box, land.features[0]!])) as Area);
}

/** Wenzhou's own land as one outline (the 12 counties dissolved), drawn brighter than its neighbours. */
function buildOutline(counties: { features: Feature<Polygon | MultiPolygon>[] }) {
  // Simplified to about 50 m: it is a backdrop under the county polygons, not a boundary.
  return basemapArea('wenzhou', 'vonng-adcode-fences', turf.simplify(turf.union(turf.featureCollection(counties.features)) as Area, { tolerance: 0.0005, highQuality: true }));
}

function write(rel: string, fc: { features: unknown[] }) {
  const file = join(ctx.geodata, rel);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, writeFeatureCollection(fc));
  console.log(`  wrote geodata/${rel} (${fc.features.length} features)`);
}

console.log(`Building geodata/ from ${ctx.sources}`);
const counties = buildCounties();
write('admin/counties.geojson', counties);
write('admin/county-seats.geojson', buildCountySeats());
write('basemap/sea.geojson', buildSea(readLand()));
write('basemap/wenzhou.geojson', buildOutline(counties));
writeFileSync(join(ctx.geodata, 'population/county-population.csv'), readFileSync(join(ctx.sources, 'county-population.csv')));
console.log('  copied geodata/population/county-population.csv');

/** The planning-layer steps, run in order after the base layers above (they read counties). */
const steps: [string, BuildStep][] = [
  ['structure', buildStructure],
  ['belts and industry', buildBelts],
  ['rail', buildRail],
  ['projects', buildProjects],
];
for (const [name, step] of steps) {
  console.log(`step ${name}`);
  for (const [rel, fc] of Object.entries(step(ctx))) write(rel, fc);
}
