/**
 * The attribute table of an edited layer: every feature a row, sortable by any column, filtered by
 * text, edited in place (double-click or Enter on a cell, Enter to keep, Esc to leave). Only the
 * rows in view are in the page (@tanstack/react-virtual), so 10,000 rows scroll as 20 do. An edit
 * here is the same pure change as in the form, checked by the same validator, and undone by the
 * same history; a click on a row selects the feature on the map.
 */
import { useMemo, useRef, useState } from 'react';
import type { Feature } from 'geojson';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { SchemaName } from '../data/schemas';
import { labelOf } from '../domain/vocabulary';
import { useT } from '../i18n/useT';
import { idOf } from './changes';
import { formFields, inputOfValue, valueOfInput, type FieldSpec } from './fieldSpecs';

interface Props {
  schema: SchemaName;
  features: readonly Feature[];
  selectedId?: string;
  onSelect(id: string): void;
  /** Records one attribute change; false when the validator refused it (the message is shown by the caller). */
  onEdit(id: string, key: string, value: unknown): boolean;
  onClose(): void;
  problems?: string;
}

const ROW = 30;
const WIDTH = 150;

function shown(spec: FieldSpec, value: unknown, lang: 'zh' | 'en'): string {
  if (value === undefined || value === null || value === '') return '';
  if (spec.kind === 'select') return labelOf(spec.key, value, lang);
  if (typeof value === 'boolean') return lang === 'zh' ? (value ? '是' : '否') : value ? 'yes' : 'no';
  return String(value);
}

export function FeatureTable({ schema, features, selectedId, onSelect, onEdit, onClose, problems }: Props) {
  const { t, lang } = useT();
  const columns = useMemo(() => {
    const all: Record<string, unknown> = {};
    for (const f of features) for (const k of Object.keys(f.properties ?? {})) if (!(k in all)) all[k] = f.properties![k];
    // What a row is comes first: its id and names; then the schema's order.
    const first = ['id', 'name_zh', 'name_en'];
    const fields = formFields(schema, all);
    return [...first.flatMap((k) => fields.filter((f) => f.key === k)), ...fields.filter((f) => !first.includes(f.key))];
  }, [schema, features]);
  const [sort, setSort] = useState<{ key: string; dir: 1 | -1 }>();
  const [filter, setFilter] = useState('');
  const [editing, setEditing] = useState<{ id: string; key: string; text: string | boolean }>();
  const rows = useMemo(() => {
    const q = filter.trim().toLowerCase();
    let out = q ? features.filter((f) => Object.values(f.properties ?? {}).some((v) => String(v).toLowerCase().includes(q))) : [...features];
    if (sort)
      out = out.sort((a, b) => {
        const x = a.properties?.[sort.key];
        const y = b.properties?.[sort.key];
        if (x === undefined || x === null) return 1;
        if (y === undefined || y === null) return -1;
        return (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'zh')) * sort.dir;
      });
    return out;
  }, [features, filter, sort]);
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => ROW, overscan: 10, scrollPaddingStart: ROW });
  const items = virtual.getVirtualItems();

  function cellInput(c: FieldSpec, id: string) {
    if (!editing) return null;
    const cancel = () => setEditing(undefined);
    if (c.kind === 'select')
      return (
        <select autoFocus value={String(editing.text)} aria-label={c.label[lang]} onChange={(e) => pick(id, c, e.target.value)} onKeyDown={(e) => e.key === 'Escape' && cancel()} onBlur={cancel}>
          {!c.required && <option value="">{t('notStatedOption')}</option>}
          {c.options!.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label[lang]}
            </option>
          ))}
        </select>
      );
    if (c.kind === 'boolean') return <input type="checkbox" autoFocus checked={editing.text === true} aria-label={c.label[lang]} onChange={(e) => pick(id, c, e.target.checked)} onKeyDown={(e) => e.key === 'Escape' && cancel()} onBlur={cancel} />;
    return (
      <input
        autoFocus
        value={String(editing.text)}
        aria-label={c.label[lang]}
        data-testid="table-input"
        onChange={(e) => setEditing({ ...editing, text: e.target.value })}
        onKeyDown={(e) => {
          if (e.key === 'Enter') keep();
          else if (e.key === 'Escape') cancel();
        }}
        onBlur={cancel}
      />
    );
  }

  /** A select or a checkbox keeps its value at once (there is no typing to finish). */
  function pick(id: string, spec: FieldSpec, v: string | boolean) {
    if (onEdit(id, spec.key, valueOfInput(spec, v))) setEditing(undefined);
  }

  /** A text cell keeps its value on Enter; Esc or leaving the cell keeps nothing. */
  function keep() {
    if (!editing) return;
    const spec = columns.find((c) => c.key === editing.key)!;
    if (onEdit(editing.id, editing.key, valueOfInput(spec, editing.text))) setEditing(undefined);
  }

  return (
    <section className="feature-table" aria-label={t('attributeTable')} data-testid="feature-table">
      <div className="feature-table-bar">
        <strong>{t('attributeTable')}</strong>
        <span className="hint">{t('tableCount', { shown: rows.length, total: features.length })}</span>
        <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder={t('tableFilter')} aria-label={t('tableFilter')} data-testid="table-filter" />
        <span className="hint">{t('tableHint')}</span>
        <button type="button" onClick={onClose} aria-label={t('close')}>
          ×
        </button>
      </div>
      {problems && (
        <pre className="form-problems" role="alert">
          {problems}
        </pre>
      )}
      <div className="feature-table-scroll" ref={scroller} data-testid="table-scroll">
        {/* A real table (fixed layout, one colgroup) keeps header and cells aligned; only the rows in
            view are rendered, between two spacer rows that stand for the rest. */}
        <table aria-rowcount={rows.length + 1} style={{ width: columns.length * WIDTH }}>
          <colgroup>
            {columns.map((c) => (
              <col key={c.key} style={{ width: WIDTH }} />
            ))}
          </colgroup>
          <thead>
            <tr aria-rowindex={1}>
              {columns.map((c) => (
                <th key={c.key} scope="col" aria-sort={sort?.key === c.key ? (sort.dir === 1 ? 'ascending' : 'descending') : undefined}>
                  <button type="button" onClick={() => setSort((s) => (s?.key === c.key ? { key: c.key, dir: s.dir === 1 ? -1 : 1 } : { key: c.key, dir: 1 }))} data-testid={`sort-${c.key}`}>
                    {c.label[lang]}
                    {sort?.key === c.key ? (sort.dir === 1 ? ' ▲' : ' ▼') : ''}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {items.length > 0 && <tr aria-hidden="true" style={{ height: items[0]!.start }} />}
            {items.map((v) => {
              const f = rows[v.index]!;
              const id = idOf(f);
              return (
                <tr key={id} aria-rowindex={v.index + 2} aria-selected={id === selectedId} className={id === selectedId ? 'selected' : undefined} style={{ height: ROW }} onClick={() => onSelect(id)} data-row={id}>
                  {columns.map((c) => {
                    const value = f.properties?.[c.key];
                    const here = editing?.id === id && editing.key === c.key;
                    const start = () => setEditing({ id, key: c.key, text: c.kind === 'boolean' ? value === true : inputOfValue(value) });
                    return (
                      <td key={c.key} tabIndex={-1} data-cell={c.key} onDoubleClick={start} onKeyDown={(e) => e.key === 'Enter' && !here && start()}>
                        {here ? cellInput(c, id) : shown(c, value, lang)}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
            {items.length > 0 && <tr aria-hidden="true" style={{ height: virtual.getTotalSize() - items.at(-1)!.end }} />}
          </tbody>
        </table>
      </div>
    </section>
  );
}
