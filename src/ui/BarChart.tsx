/**
 * A horizontal bar chart in plain SVG: a dozen bars need no charting library, and SVG text keeps
 * Chinese labels crisp on a projector. The label column is as wide as the longest label, so
 * "Infrastructure" is never cut. Bars are buttons: clicking one reports its key.
 */
export interface Bar {
  key: string;
  label: string;
  value: number;
  /** Shown after the bar, e.g. "12 个 · 130.5 亿元". */
  text: string;
}

/** Approximate width of a label at 12 px: CJK characters are square, Latin ones about half. */
const textWidth = (s: string, px = 12) => [...s].reduce((w, ch) => w + (/[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? px : px * 0.58), 0);

export function BarChart({ bars, onPick, testId, active }: { bars: Bar[]; onPick?(key: string): void; testId: string; active?: string }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const row = 22;
  const labelW = Math.ceil(Math.max(40, ...bars.map((b) => textWidth(b.label))) + 8);
  const barW = 120;
  const valueW = Math.ceil(Math.max(60, ...bars.map((b) => textWidth(b.text, 11))) + 8);
  return (
    <svg className="bar-chart" data-testid={testId} width="100%" viewBox={`0 0 ${labelW + barW + valueW} ${bars.length * row + 4}`} role="list">
      {bars.map((b, i) => (
        <g
          key={b.key}
          role="listitem"
          tabIndex={onPick ? 0 : undefined}
          aria-label={`${b.label}: ${b.text}`}
          data-key={b.key}
          className={b.key === active ? 'active' : undefined}
          transform={`translate(0 ${i * row + 2})`}
          onClick={() => onPick?.(b.key)}
          onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && onPick?.(b.key)}
          style={{ cursor: onPick ? 'pointer' : undefined }}
        >
          <text x={labelW - 6} y={row / 2 + 4} textAnchor="end" fontSize="12">
            {b.label}
          </text>
          <rect x={labelW} y={3} width={Math.max(1, (b.value / max) * barW)} height={row - 6} rx={2} />
          <text x={labelW + (b.value / max) * barW + 6} y={row / 2 + 4} fontSize="11" className="value">
            {b.text}
          </text>
        </g>
      ))}
    </svg>
  );
}
