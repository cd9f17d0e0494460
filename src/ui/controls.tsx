/** Small form controls shared by the filter panel. They render text only. */
import { useId } from 'react';
import type { Range } from '../filters/filterState';

export interface Option {
  value: string;
  label: string;
}

export function CheckboxGroup(props: { legend: string; options: Option[]; selected: readonly string[]; onChange(next: string[]): void; testId: string }) {
  const { options, selected } = props;
  return (
    <fieldset className="checkbox-group" data-testid={props.testId}>
      <legend>{props.legend}</legend>
      {options.map((o) => (
        <label key={o.value}>
          <input
            type="checkbox"
            value={o.value}
            checked={selected.includes(o.value)}
            onChange={(e) => props.onChange(e.target.checked ? options.map((x) => x.value).filter((v) => v === o.value || selected.includes(v)) : selected.filter((v) => v !== o.value))}
          />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}

/**
 * Two thumbs on one track. Both thumbs at the ends means "no restriction" (undefined), so a range
 * is only set once the user narrows it.
 */
export function RangeSlider(props: { label: string; min: number; max: number; step: number; value?: Range; onChange(next: Range | undefined): void; testId: string; note?: string; format?(n: number): string }) {
  const id = useId();
  const { min, max } = props;
  const [lo, hi] = props.value ?? [min, max];
  const fmt = props.format ?? String;
  const emit = (a: number, b: number) => props.onChange(a <= min && b >= max ? undefined : [Math.min(a, b), Math.max(a, b)]);
  return (
    <div className="range-slider" data-testid={props.testId}>
      <label htmlFor={`${id}-lo`}>{props.label}</label>
      <div className="range-track">
        <input id={`${id}-lo`} type="range" min={min} max={max} step={props.step} value={lo} aria-label={`${props.label} min`} data-thumb="min" onChange={(e) => emit(Number(e.target.value), hi)} />
        <input type="range" min={min} max={max} step={props.step} value={hi} aria-label={`${props.label} max`} data-thumb="max" onChange={(e) => emit(lo, Number(e.target.value))} />
      </div>
      <output data-testid={`${props.testId}-value`}>
        {fmt(lo)} – {fmt(hi)}
      </output>
      {props.value && props.note && <small className="note">{props.note}</small>}
    </div>
  );
}
