/**
 * Where a project row goes on the map, from its `location_precision` and `place_zh`:
 *   town   → the 乡镇/街道 point of geodata/places/towns.geojson          geometry_quality derived
 *   county → the county seat of geodata/admin/county-seats.geojson        geometry_quality schematic
 *   site   → a named point of geodata/places/sites.csv (station, airport) geometry_quality derived
 *   point  → the row's own lng/lat (WGS-84), with its geometry_quality and geometry_source
 *   (empty) → not placed (city-wide, or no place in any seed)
 * Pure: the build and the validator pass the loaded places in.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';
import { COUNTY_NAMES } from '../domain/counties';
import type { ProjectRow } from './tableSchemas';
import { t, type Text } from './validate/text';

export interface Places {
  towns: Feature<Point>[];
  seats: Feature<Point>[];
  counties: Feature<Polygon | MultiPolygon>[];
  sites: { id: string; name_zh: string; lng: string; lat: string; source_doc: string }[];
}

export interface Placement {
  coords: [number, number];
  adcode: string;
  quality: string;
  source: string;
}

export type PlaceResult = Placement | null | { property: string; message: Text; fix: Text };

const countyOf = (places: Places, c: [number, number]) => String(places.counties.find((f) => booleanPointInPolygon(c, f))?.properties!.adcode ?? '');

export function placeProject(row: ProjectRow, places: Places): PlaceResult {
  switch (row.location_precision) {
    case '':
      return null;
    case 'county': {
      const seat = places.seats.find((f) => f.properties!.adcode === row.county_adcode);
      if (!seat) return { property: 'county_adcode', message: t(`没有 ${row.county_adcode} 的县级政府驻地`, `no county seat for ${row.county_adcode}`), fix: t('填写正确的 county_adcode', 'fill a correct county_adcode') };
      return { coords: seat.geometry.coordinates as [number, number], adcode: row.county_adcode, quality: 'schematic', source: 'vonng-adcode-towns' };
    }
    case 'town': {
      const named = places.towns.filter((f) => f.properties!.name_zh === row.place_zh);
      const hits = named.filter((f) => !row.county_adcode || f.properties!.county_adcode === row.county_adcode);
      if (hits.length !== 1) {
        const inOther = named.map((f) => String(f.properties!.county_zh)).join('、');
        return {
          property: 'place_zh',
          message: hits.length
            ? t(`乡镇（街道）“${row.place_zh}”有 ${hits.length} 处同名`, `town "${row.place_zh}" matches ${hits.length} places`)
            : named.length
              ? t(`“${row.place_zh}”不在 ${COUNTY_NAMES[row.county_adcode]?.zh ?? row.county_adcode}，而在${inOther}`, `"${row.place_zh}" is not in ${COUNTY_NAMES[row.county_adcode]?.en ?? row.county_adcode} but in ${inOther}`)
              : t(`乡镇（街道）“${row.place_zh}”不在 places/towns.geojson 中`, `town "${row.place_zh}" is not in places/towns.geojson`),
          fix: hits.length ? t('填写 county_adcode 以区分', 'fill county_adcode to tell them apart') : t('按 2016 年名录写乡镇（街道）全称（如 娄桥街道），或在 places/towns.geojson 加上该点', 'write the full 2016 name (e.g. 娄桥街道), or add the point to places/towns.geojson'),
        };
      }
      const town = hits[0]!;
      return { coords: town.geometry.coordinates as [number, number], adcode: String(town.properties!.county_adcode), quality: 'derived', source: 'vonng-adcode-towns' };
    }
    case 'site': {
      const site = places.sites.find((s) => s.name_zh === row.place_zh);
      if (!site) return { property: 'place_zh', message: t(`地点“${row.place_zh}”不在 places/sites.csv 中`, `site "${row.place_zh}" is not in places/sites.csv`), fix: t(`使用已有地点（${places.sites.map((s) => s.name_zh).join('、')}），或在 sites.csv 加一行`, `use a listed site (${places.sites.map((s) => s.name_zh).join(', ')}), or add a row to sites.csv`) };
      const coords: [number, number] = [Number(site.lng), Number(site.lat)];
      return { coords, adcode: countyOf(places, coords), quality: 'derived', source: site.source_doc };
    }
    case 'point': {
      const coords: [number, number] = [Number(row.lng), Number(row.lat)];
      return { coords, adcode: countyOf(places, coords), quality: row.geometry_quality, source: row.geometry_source };
    }
    default:
      return null;
  }
}

export const isPlacement = (r: PlaceResult): r is Placement => !!r && 'coords' in r;
