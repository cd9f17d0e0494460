/**
 * Form controls shared by the panels. Sliders are Radix UI primitives (keyboard, pointer and
 * screen-reader behaviour from a well-kept library); each thumb's accessible name says what it
 * belongs to. They render text only.
 */
import { useId } from 'react';
import * as Slider from '@radix-ui/react-slider';
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
export function RangeSlider(props: {
  label: string;
  min: number;
  max: number;
  step: number;
  value?: Range;
  onChange(next: Range | undefined): void;
  testId: string;
  /** Accessible names of the two thumbs. */
  thumbLabels: [string, string];
  format?(n: number): string;
  children?: React.ReactNode;
}) {
  const id = useId();
  const { min, max } = props;
  const [lo, hi] = props.value ?? [min, max];
  const fmt = props.format ?? String;
  return (
    <div className="range-slider" data-testid={props.testId}>
      <span id={`${id}-label`}>{props.label}</span>
      <Slider.Root
        className="slider"
        min={min}
        max={max}
        step={props.step}
        value={[lo, hi]}
        minStepsBetweenThumbs={0}
        aria-labelledby={`${id}-label`}
        onValueChange={([a, b]) => props.onChange(a! <= min && b! >= max ? undefined : [a!, b!])}
      >
        <Slider.Track className="slider-track">
          <Slider.Range className="slider-range" />
        </Slider.Track>
        <Slider.Thumb className="slider-thumb" aria-label={props.thumbLabels[0]} data-thumb="min" />
        <Slider.Thumb className="slider-thumb" aria-label={props.thumbLabels[1]} data-thumb="max" />
      </Slider.Root>
      <output data-testid={`${props.testId}-value`}>
        {fmt(lo)} – {fmt(hi)}
      </output>
      {props.children}
    </div>
  );
}

/** One thumb from 0 to 100 %: a layer's opacity. */
export function OpacitySlider(props: { label: string; value: number; onChange(v: number): void; testId: string }) {
  return (
    <div className="opacity">
      <Slider.Root className="slider" min={0} max={1} step={0.05} value={[props.value]} onValueChange={([v]) => props.onChange(v!)} data-testid={props.testId}>
        <Slider.Track className="slider-track">
          <Slider.Range className="slider-range" />
        </Slider.Track>
        <Slider.Thumb className="slider-thumb" aria-label={props.label} />
      </Slider.Root>
      <output aria-hidden="true">{Math.round(props.value * 100)}%</output>
    </div>
  );
}
