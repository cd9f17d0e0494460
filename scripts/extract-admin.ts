/**
 * One-time extraction of the base reference data from the research copies in
 * ../shared/research/geodata-sources (GCJ-02 → WGS-84 with gcoord). Its outputs are committed and
 * are then *edited* files: data staff correct them by hand and no build rewrites them.
 *
 *   npx tsx scripts/extract-admin.ts [sources-folder] [--force]
 *
 * writes geodata/admin/counties.geojson, geodata/admin/county-seats.geojson and
 * geodata/places/towns.geojson. It refuses to overwrite an existing file without --force, so a
 * hand correction is never lost by accident. The finer CC BY 4.0 fences have 11 units (龙港 was
 * split from 苍南 in 2019), so 龙港 is cut out of 苍南 with the 12-unit DataV outline.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import * as turf from '@turf/turf';
import type { FeatureCollection, MultiPolygon, Point, Polygon, Position, Feature } from 'geojson';
import { writeFeatureCollection } from '../src/data/writeGeojson';
import { pointToWgs84, readJson, rewound, roundGeometry, toWgs84 } from './lib/geo';
import { COUNTY_NAMES } from '../src/domain/counties';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const force = args.includes('--force');
const sources = resolve(args.find((a) => !a.startsWith('--')) ?? join(root, '../shared/research/geodata-sources'));
const inputs = ['wenzhou_county_fences_vonng_gcj02.geojson', 'wenzhou_330300_full_datav.json', 'wenzhou_town_points_vonng_gcj02.geojson'];
const missing = inputs.filter((f) => !existsSync(join(sources, f)));
if (missing.length) {
  console.error(`缺少输入文件 / missing input: ${missing.map((f) => join(sources, f)).join(', ')}\n` +
    'These are the research copies listed in geodata/SOURCES.md (Vonng/adcode, Aliyun DataV). The extracts are already committed; you only need this script to redo them.');
  process.exit(2);
}
const read = <T>(file: string): T => readJson<T>(sources, file);

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
      geometry: roundGeometry(rewound(f.geometry)),
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


/** Every 乡镇/街道 point of the 2016 list, for placing projects by town name (`location_precision` town). */
function buildTowns() {
  const towns = read<FeatureCollection<Point>>('wenzhou_town_points_vonng_gcj02.geojson').features.filter((f) => f.properties!.level === 'town');
  const features = towns.map((t) => {
    const p = t.properties!;
    const [lng, lat] = t.geometry.coordinates as [number, number];
    return {
      type: 'Feature' as const,
      properties: { id: `town-${p.code}`, name_zh: String(p.name), county_zh: String(p.county), county_adcode: String(p.county_adcode), source_doc: 'vonng-adcode-towns', geometry_quality: 'surveyed' as const },
      geometry: { type: 'Point' as const, coordinates: pointToWgs84(lng, lat) },
    };
  });
  return { type: 'FeatureCollection' as const, features };
}

function write(rel: string, fc: { features: unknown[] }) {
  const file = join(root, 'geodata', rel);
  if (existsSync(file) && !force) {
    console.log(`  kept geodata/${rel}: it exists and may hold hand corrections (use --force to overwrite)`);
    return;
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, writeFeatureCollection(fc));
  console.log(`  wrote geodata/${rel} (${fc.features.length} features)`);
}

console.log(`Extracting from ${sources}`);
write('admin/counties.geojson', buildCounties());
write('admin/county-seats.geojson', buildCountySeats());
write('places/towns.geojson', buildTowns());
