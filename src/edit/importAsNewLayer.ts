/**
 * Importing a file as a new layer: the features go into a new file under geodata/imports/, drawn
 * and checked like the layer chosen as its kind (schema, style, group), with a catalog entry the
 * dev server adds (scripts/lib/catalogInsert.ts). Pure: what to write, and the change-log moment.
 */
import type { Feature } from 'geojson';
import { writeFeatureCollection } from '../data/writeGeojson';
import { catalogLayer } from '../data/schemas';
import { idOf } from './changes';
import type { Moment } from './history';
import type { NewLayer } from './writeBack';
import type { EditableFile } from './EditPanel';

export interface NewLayerChoice {
  /** The layer's id and file name: lower-case words joined by "-". */
  id: string;
  title: { zh: string; en: string };
}

/** The catalog's own rule for a layer id, so the form refuses what the dev server would. */
export const isNewLayerId = (id: string) => catalogLayer.shape.id.safeParse(id).success;
export const newLayerFile = (id: string) => `imports/${id}.geojson`;

/** A first id from the file's name where it is plain ASCII ("Stations 2023.kml" → "stations-2023"). */
export function suggestLayerId(fileName: string): string {
  const slug = fileName
    .replace(/\.[^.]+$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug ? `import-${slug}` : 'import-layer';
}

export function newLayerWrite(kind: EditableFile, choice: NewLayerChoice, features: readonly Feature[], who: string, fileNames: string): { file: string; text: string; layer: NewLayer; log: Moment[] } {
  const file = newLayerFile(choice.id);
  // The layer's sources are its features' own (the validator has checked they are registered).
  const own = [...new Set(features.map((f) => f.properties?.source_doc).filter((s): s is string => typeof s === 'string' && s !== ''))];
  const layer: NewLayer = { id: choice.id, group: kind.group, title: choice.title, schema: kind.schema, style: kind.style, sources: own.length ? own : kind.sources };
  const moment: Moment = {
    label: { zh: `导入为新图层“${choice.title.zh}”：${features.length} 个要素（${fileNames}）`, en: `imported as the new layer "${choice.title.en}": ${features.length} feature(s) (${fileNames})` },
    changes: features.map((f, index) => ({ kind: 'add', id: idOf(f), index, before: null, after: f })),
    who,
    at: new Date().toISOString(),
  };
  return { file, text: writeFeatureCollection({ features }), layer, log: [moment] };
}
