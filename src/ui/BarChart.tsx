/**
 * A horizontal bar chart in HTML: a dozen bars need no charting library, and HTML text keeps its
 * real size (an SVG scaled to the sidebar shrank long English labels to unreadable). Each bar is
 * a button: clicking it or pressing Enter reports its key.
 */
export interface Bar {
  key: string;
  label: string;
  value: number;
  /** Shown after the bar, e.g. "12 个 · 130.5 亿元". */
  text: string;
}

export function BarChart({ bars, onPick, testId, active }: { bars: Bar[]; onPick?(key: string): void; testId: string; active?: string }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  return (
    <ul className="bar-chart" data-testid={testId}>
      {bars.map((b) => (
        <li key={b.key} data-key={b.key} className={b.key === active ? 'active' : undefined}>
          <button type="button" onClick={() => onPick?.(b.key)} disabled={!onPick} aria-pressed={b.key === active}>
            <span className="bar-label">{b.label}</span>
            <span className="bar-track" aria-hidden="true">
              <span className="bar" style={{ width: `${Math.max(1, (b.value / max) * 100)}%` }} />
            </span>
            <span className="value">{b.text}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
