/**
 * The attribute form of a layer, read from its zod schema (the one the validator uses): a coded
 * field becomes a select with the vocabulary's zh/en labels, a number a number input with its unit
 * and bounds, a boolean a checkbox, a `*date` field a date input; a field the schema requires is
 * marked. Nothing here knows a layer by name: a new schema gets its form for free.
 */
import type { z } from 'zod';
import { featureSchemas, type SchemaName } from '../data/schemas';
import { CODED_PROPERTIES, type Term } from '../domain/vocabulary';
import { FIELDS } from '../ui/featureFields';

export type FieldKind = 'text' | 'long-text' | 'number' | 'integer' | 'boolean' | 'select' | 'date';

export interface FieldSpec {
  key: string;
  kind: FieldKind;
  required: boolean;
  label: Term;
  unit?: Term;
  options?: { value: string; label: Term }[];
  min?: number;
  max?: number;
}

/** Labels of the fields the feature panel does not list (it shows them in its own way). */
const MORE_LABELS: Record<string, Term> = {
  id: { zh: '编号', en: 'ID' },
  name_zh: { zh: '中文名称', en: 'Name (Chinese)' },
  name_en: { zh: '英文名称', en: 'Name (English)' },
  status: { zh: '状态', en: 'Status' },
  status_zh: { zh: '原文状态用语', en: "Status in the document's words" },
  source_doc: { zh: '来源文件或数据集', en: 'Source document or dataset' },
  source_lines: { zh: '来源行号', en: 'Source lines' },
  geometry_quality: { zh: '几何精度', en: 'Geometry quality' },
  geometry_source: { zh: '几何来源', en: 'Geometry from' },
  is_hub: { zh: '枢纽站', en: 'Hub station' },
  station_order: { zh: '站序', en: 'Station order' },
  line_id: { zh: '线路编号', en: 'Line ID' },
  line_orders: { zh: '各线站序', en: 'Order on each line' },
  planned_year: { zh: '规划年份', en: 'Planned year' },
  color: { zh: '颜色', en: 'Colour' },
  inferred: { zh: '含推断', en: 'Partly inferred' },
  inferred_note_zh: { zh: '推断说明（中文）', en: 'What was inferred (Chinese)' },
  inferred_note_en: { zh: '推断说明（英文）', en: 'What was inferred (English)' },
  name_basis: { zh: '名称依据', en: 'Name basis' },
  member_adcodes: { zh: '成员区划代码', en: 'Member division codes' },
  county_adcode: { zh: '所在县代码', en: 'County code' },
  role: { zh: '角色', en: 'Role' },
  direction: { zh: '方向', en: 'Direction' },
};

const LONG = new Set(['text_zh', 'inferred_note_zh', 'inferred_note_en']);

export function labelOfField(key: string): Term {
  return FIELDS.find((f) => f.key === key)?.label ?? MORE_LABELS[key] ?? { zh: key, en: key };
}

interface Def {
  type: string;
  innerType?: z.ZodType;
  catchall?: z.ZodType;
}
const defOf = (s: z.ZodType) => (s as unknown as { def: Def }).def;

function unwrap(s: z.ZodType): { schema: z.ZodType; optional: boolean } {
  let schema = s;
  let optional = false;
  for (let d = defOf(schema); d.type === 'optional' || d.type === 'default' || d.type === 'nullable'; d = defOf(schema)) {
    optional = true;
    schema = d.innerType!;
  }
  return { schema, optional };
}

function optionsOf(key: string, values: readonly string[]): FieldSpec['options'] {
  const terms = CODED_PROPERTIES[key] ?? {};
  return values.map((value) => ({ value, label: terms[value] ?? { zh: value, en: value } }));
}

function specOf(key: string, field: z.ZodType): FieldSpec {
  const { schema, optional } = unwrap(field);
  const base = { key, required: !optional, label: labelOfField(key), unit: FIELDS.find((f) => f.key === key)?.unit };
  const type = defOf(schema).type;
  const s = schema as unknown as { options?: string[]; minValue?: number | null; maxValue?: number | null; isInt?: boolean };
  if (type === 'enum') return { ...base, kind: 'select', options: optionsOf(key, s.options ?? []) };
  if (type === 'boolean') return { ...base, kind: 'boolean' };
  if (type === 'number') {
    const bound = (n: number | null | undefined) => (n === null || n === undefined || !Number.isFinite(n) || Math.abs(n) > 1e15 ? undefined : n);
    return { ...base, kind: s.isInt ? 'integer' : 'number', min: bound(s.minValue), max: bound(s.maxValue) };
  }
  if (CODED_PROPERTIES[key]) return { ...base, kind: 'select', options: optionsOf(key, Object.keys(CODED_PROPERTIES[key]!)) };
  if (/(^|_)date$/.test(key)) return { ...base, kind: 'date' };
  return { ...base, kind: LONG.has(key) ? 'long-text' : 'text' };
}

/** The schema's declared fields in its key order (the order new properties take in the file). */
export function fieldSpecs(schema: SchemaName): FieldSpec[] {
  const shape = (featureSchemas[schema] as unknown as { shape: Record<string, z.ZodType> }).shape;
  return Object.entries(shape).map(([key, field]) => specOf(key, field));
}

export const keyOrder = (schema: SchemaName): string[] => Object.keys((featureSchemas[schema] as unknown as { shape: Record<string, z.ZodType> }).shape);

/**
 * A form input's text as the property value: numbers parsed, an empty input as "not stated"
 * (the key left out of the file), never a 0. A number that does not parse stays text, so the
 * validator names it with its own message.
 */
export function valueOfInput(spec: FieldSpec, text: string | boolean): unknown {
  if (spec.kind === 'boolean') return Boolean(text);
  const s = String(text).trim();
  if (s === '') return undefined;
  if (spec.kind === 'number' || spec.kind === 'integer') {
    const n = Number(s);
    return Number.isFinite(n) ? n : s;
  }
  return s;
}

/** A property value as the input shows it. */
export function inputOfValue(value: unknown): string {
  return value === undefined || value === null ? '' : String(value);
}

/** The schema's fields, then the feature's other properties (the schema lets a layer carry extras). */
export function formFields(schema: SchemaName, props: Record<string, unknown>): FieldSpec[] {
  const specs = fieldSpecs(schema);
  const known = new Set(specs.map((s) => s.key));
  const extra = Object.keys(props)
    .filter((k) => !known.has(k))
    .map((key): FieldSpec => ({ key, kind: typeof props[key] === 'number' ? 'number' : typeof props[key] === 'boolean' ? 'boolean' : 'text', required: false, label: labelOfField(key) }));
  return [...specs, ...extra];
}

