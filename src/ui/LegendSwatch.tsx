import type { LegendItem } from '../layers/legend';

/** One legend symbol, drawn as SVG from the colours the map uses. */
export function LegendSwatch({ item }: { item: LegendItem }) {
  return (
    <svg width="22" height="14" viewBox="0 0 22 14" aria-hidden="true">
      {item.kind === 'fill' && <rect x="1" y="1" width="20" height="12" fill={item.color} stroke={item.stroke ?? item.color} strokeWidth="1.5" />}
      {item.kind === 'line' && <line x1="1" y1="7" x2="21" y2="7" stroke={item.color} strokeWidth="3" strokeDasharray={item.dash?.map((d) => d * 3).join(' ')} />}
      {item.kind === 'circle' && <circle cx="11" cy="7" r="5" fill={item.hollow ? 'none' : item.color} stroke={item.stroke ?? 'none'} strokeWidth={item.hollow ? 2 : 1.5} />}
    </svg>
  );
}
