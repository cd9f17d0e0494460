/**
 * The attribute form of one feature (or table row), its fields generated from a schema (fieldSpecs.ts). Every
 * keystroke is checked by the validator on the document as it would be (checkChange.ts), so the
 * form shows the validator's own message at the field and refuses to save what `npm run validate`
 * would refuse. Saving records one moment with every changed field (one undo).
 */
import { useId, useMemo, useState } from 'react';
import type { Problem } from '../data/validate/problem';
import { useT } from '../i18n/useT';
import { inputOfValue, valueOfInput, type FieldSpec } from './fieldSpecs';

export type Values = Record<string, unknown>;

interface Props {
  /** The form's fields (formFields() for a layer's features). */
  fields: readonly FieldSpec[];
  properties: Record<string, unknown>;
  /** The validator's errors for the feature with these values. */
  check(values: Values): Problem[];
  onSave(values: Values): void;
  onCancel?(): void;
  saveLabel: string;
}

const same = (a: unknown, b: unknown) => (a === undefined || a === null ? b === undefined || b === null : a === b);

export function AttributeForm({ fields, properties, check, onSave, onCancel, saveLabel }: Props) {
  const { t, lang } = useT();
  const base = useId();
  const [draft, setDraft] = useState<Record<string, string | boolean>>(() => Object.fromEntries(fields.map((f) => [f.key, f.kind === 'boolean' ? properties[f.key] === true : inputOfValue(properties[f.key])])));
  const values = useMemo(() => {
    const out: Values = {};
    for (const f of fields) {
      const v = valueOfInput(f, draft[f.key] ?? '');
      // An unchecked box for a property the feature does not have is not a change.
      if (f.kind === 'boolean' && v === false && properties[f.key] === undefined) continue;
      if (!same(v, properties[f.key])) out[f.key] = v;
    }
    return out;
  }, [fields, draft, properties]);
  const dirty = Object.keys(values).length > 0;
  const problems = useMemo(() => (dirty ? check(values) : []), [dirty, check, values]);
  const byField = new Map<string, Problem[]>();
  for (const p of problems) byField.set(p.property ?? '', [...(byField.get(p.property ?? '') ?? []), p]);
  const general = problems.filter((p) => !fields.some((f) => f.key === p.property));
  const text = (p: Problem) => `${p.message[lang]}${p.fix ? (lang === 'zh' ? `（修改：${p.fix.zh}）` : ` (fix: ${p.fix.en})`) : ''}`;

  return (
    <form
      className="attribute-form"
      data-testid="attribute-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (dirty && !problems.length) onSave(values);
      }}
    >
      {general.length > 0 && (
        <ul className="form-problems" role="alert" data-testid="form-problems">
          {general.map((p, i) => (
            <li key={i}>{text(p)}</li>
          ))}
        </ul>
      )}
      {fields.map((f) => {
        const id = `${base}-${f.key}`;
        const errs = byField.get(f.key) ?? [];
        const err = errs.length ? `${id}-err` : undefined;
        const common = { id, name: f.key, 'aria-invalid': errs.length > 0 || undefined, 'aria-describedby': err, 'aria-required': f.required || undefined, 'data-field': f.key };
        const value = draft[f.key];
        const set = (v: string | boolean) => setDraft((d) => ({ ...d, [f.key]: v }));
        let input: React.ReactNode;
        if (f.kind === 'boolean') input = <input type="checkbox" {...common} checked={value === true} onChange={(e) => set(e.target.checked)} />;
        else if (f.kind === 'select')
          input = (
            <select {...common} value={String(value ?? '')} onChange={(e) => set(e.target.value)}>
              {(!f.required || value === '') && <option value="">{t('notStatedOption')}</option>}
              {/* A value the vocabulary does not know stays selectable, so the validator can name it. */}
              {value !== '' && !f.options!.some((o) => o.value === value) && <option value={String(value)}>{String(value)}</option>}
              {f.options!.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label[lang]}
                  {o.label[lang] !== o.value ? ` (${o.value})` : ''}
                </option>
              ))}
            </select>
          );
        else if (f.kind === 'long-text') input = <textarea {...common} rows={3} value={String(value ?? '')} onChange={(e) => set(e.target.value)} />;
        else
          input = (
            <input
              {...common}
              // Numbers are typed as text and parsed, so "12亿" reaches the validator and gets its message.
              type={f.kind === 'date' ? 'date' : 'text'}
              inputMode={f.kind === 'number' ? 'decimal' : f.kind === 'integer' ? 'numeric' : undefined}
              value={String(value ?? '')}
              onChange={(e) => set(e.target.value)}
            />
          );
        return (
          <div className={`form-field${f.kind === 'long-text' ? ' long' : ''}`} key={f.key}>
            <label htmlFor={id}>
              {f.label[lang]}
              {f.unit && <span className="unit">（{f.unit[lang]}）</span>}
              {f.required && (
                <span className="required" aria-hidden="true">
                  *
                </span>
              )}
              <code className="field-key">{f.key}</code>
            </label>
            {input}
            {(f.min !== undefined || f.max !== undefined) && <span className="hint">{t('fieldRange', { min: f.min ?? '−∞', max: f.max ?? '∞' })}</span>}
            {errs.length > 0 && (
              <span className="field-error" id={err} role="alert">
                {errs.map(text).join(' ')}
              </span>
            )}
          </div>
        );
      })}
      <div className="form-actions">
        <button type="submit" disabled={!dirty || problems.length > 0} data-testid="form-save">
          {saveLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('cancel')}
          </button>
        )}
        <span className="hint">{t('requiredHint')}</span>
      </div>
    </form>
  );
}
