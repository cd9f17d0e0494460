/**
 * A horizontal bar chart in plain SVG: a dozen bars need no charting library, and SVG text keeps
 * Chinese labels crisp on a projector. Bars are buttons: clicking one reports its key.
 */
export interface Bar {
  key: string;
  label: string;
  value: number;
  /** Shown after the bar, e.g. "12 · 130.5 亿元". */
  text: string;
}

export function BarChart({ bars, onPick, testId, active }: { bars: Bar[]; onPick?(key: string): void; testId: string; active?: string }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const row = 22;
  const labelW = 76;
  const barW = 150;
  return (
    <svg className="bar-chart" data-testid={testId} width="100%" viewBox={`0 0 ${labelW + barW + 100} ${bars.length * row + 4}`} role="list">
      {bars.map((b, i) => (
        <g
          key={b.key}
          role="listitem"
          tabIndex={onPick ? 0 : undefined}
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
