/**
 * Downloads of the filtered projects. CSV is UTF-8 with a byte-order mark so that Excel opens
 * Chinese text correctly. GeoJSON gives back the features as they are in their file (source
 * properties only, none of the derived zone or population fields), in the writer the build uses,
 * so an unfiltered export is byte-identical to the file and can be fed back.
 */
import { csvText } from './csv';
import type { Feature } from 'geojson';
import { writeFeatureCollection } from '../data/writeGeojson';
import { COUNTY_NAMES } from '../domain/counties';
import { labelOf, type Lang } from '../domain/vocabulary';

export const CSV_COLUMNS = [
  'id',
  'name_zh',
  'name_en',
  'category',
  'subcategory',
  'status',
  'status_zh',
  'county_adcode',
  'counties_zh',
  'investment_total_yi',
  'investment_plan_yi',
  'start_year',
  'end_year',
  'location_precision',
  'zone',
  'source_doc',
  'source_lines',
  'geometry_quality',
  'lng',
  'lat',
] as const;


/** Readable labels beside the codes, in the language of the download, from the one vocabulary. */
const LABEL_COLUMNS = ['county_name', 'category_label', 'subcategory_label', 'status_label', 'location_precision_label', 'geometry_quality_label'] as const;

export function projectsCsv(features: readonly Feature[], lang: Lang = 'zh'): string {
  const rows = features.map((f) => {
    const p = f.properties ?? {};
    const [lng, lat] = f.geometry.type === 'Point' ? f.geometry.coordinates : [undefined, undefined];
    const labels = [
      COUNTY_NAMES[String(p.county_adcode)]?.[lang] ?? '',
      labelOf('category', p.category, lang),
      labelOf('subcategory', p.subcategory, lang),
      labelOf('status', p.status, lang),
      labelOf('location_precision', p.location_precision, lang),
      labelOf('geometry_quality', p.geometry_quality, lang),
    ];
    // Codes stay empty where the data states nothing; only the label columns say 未注明.
    return [...CSV_COLUMNS.map((c) => (c === 'lng' ? lng : c === 'lat' ? lat : p[c]) ?? ''), ...labels];
  });
  return csvText([...CSV_COLUMNS, ...LABEL_COLUMNS], rows as string[][]);
}

/** The source features (as loaded from their files, in file order) of the features shown. */
export function projectsGeojson(shown: readonly Feature[], sources: readonly Feature[]): string {
  const ids = new Set(shown.map((f) => String(f.properties?.id)));
  return writeFeatureCollection({ features: sources.filter((f) => ids.has(String(f.properties?.id))) });
}

