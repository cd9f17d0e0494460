/**
 * The project timeline: one year on a slider and a play button. The year is the upper end of the
 * project years filter (the URL's `yr`), so the map changes by filter expression, the numbers
 * follow, and a slide or a link can hold it. Playing steps a year at a time and stops at the end.
 */
import { useEffect, useState } from 'react';
import * as Slider from '@radix-ui/react-slider';
import { useT } from '../i18n/useT';

interface Props {
  /** First and last year on the track. */
  extent: [number, number];
  year: number;
  onYear(year: number): void;
  /** What the map shows at this year, in words. */
  summary: string;
  testId: string;
  className?: string;
}

/** A year's step while playing: long enough to read the count and see the map change. */
const STEP_MS = 1200;

export function Timeline({ extent, year, onYear, summary, testId, className }: Props) {
  const { t } = useT();
  const [lo, hi] = extent;
  const [playing, setPlaying] = useState(false);
  useEffect(() => {
    if (!playing) return;
    if (year >= hi) {
      setPlaying(false);
      return;
    }
    const timer = setTimeout(() => onYear(year + 1), STEP_MS);
    return () => clearTimeout(timer);
  }, [playing, year, hi, onYear]);
  const toggle = () => {
    // Play from the start when the timeline already stands at its end.
    if (!playing && year >= hi) onYear(lo);
    setPlaying(!playing);
  };
  return (
    <div className={`timeline ${className ?? ''}`} data-testid={testId}>
      <button type="button" className="timeline-play" aria-pressed={playing} onClick={toggle} data-testid={`${testId}-play`}>
        {playing ? `❚❚ ${t('timelinePause')}` : `▶ ${t('timelinePlay')}`}
      </button>
      <Slider.Root className="slider timeline-slider" min={lo} max={hi} step={1} value={[year]} onValueChange={([v]) => onYear(v!)}>
        <Slider.Track className="slider-track">
          <Slider.Range className="slider-range" />
        </Slider.Track>
        <Slider.Thumb className="slider-thumb" aria-label={t('timelineYear')} data-testid={`${testId}-thumb`} />
      </Slider.Root>
      <output className="timeline-year" data-testid={`${testId}-year`}>
        {year}
      </output>
      <p className="timeline-summary" aria-live="polite" data-testid={`${testId}-summary`}>
        {summary}
      </p>
    </div>
  );
}
