/**
 * Population share of the main centre and the sub-centre: the plan's 2020 baseline and its targets
 * for 2025/2030/2035 (seed 004 表6), beside the 2021 share computed from whole counties.
 */
import type { ZoneTargetRow } from '../data/schemas';
import { useT } from '../i18n/useT';
import { ZONE } from '../domain/vocabulary';

export interface ZoneShare {
  zone: 'main' | 'sub';
  /** 2021 resident population of the zone's counties, 万人, and its share of the city. */
  pop2021: number;
  share2021: number;
}

export function ZoneTargetsChart({ targets, shares }: { targets: ZoneTargetRow[]; shares: ZoneShare[] }) {
  const { t, lang } = useT();
  const years = ['2020', '2021', '2025', '2030', '2035'];
  const x = (i: number) => 56 + i * 52;
  const y = (pct: number) => 130 - (pct / 80) * 120;
  return (
    <figure className="zone-chart" data-testid="zone-chart">
      <figcaption>{t('zonePopulation')}</figcaption>
      <svg viewBox="0 0 330 160" width="100%">
        {[0, 20, 40, 60, 80].map((v) => (
          <g key={v}>
            <line x1={40} x2={320} y1={y(v)} y2={y(v)} stroke="#e9ecef" />
            <text x={34} y={y(v) + 4} fontSize="10" textAnchor="end">
              {v}%
            </text>
          </g>
        ))}
        {years.map((yr, i) => (
          <text key={yr} x={x(i)} y={148} fontSize="10" textAnchor="middle">
            {yr}
          </text>
        ))}
        {shares.map((s) => {
          const rows = targets.filter((r) => r.indicator === 'resident_share' && r.zone === s.zone);
          return (
            <g key={s.zone} data-zone={s.zone} fill={ZONE[s.zone].color} stroke={ZONE[s.zone].color}>
              {rows.map((r) => {
                const i = years.indexOf(r.year);
                const v = Number(r.value);
                return (
                  <g key={r.year}>
                    <circle cx={x(i)} cy={y(v)} r={4} fill={r.year === '2020' ? ZONE[s.zone].color : '#fff'} strokeWidth={2} />
                    <text x={x(i) + 6} y={y(v) - 6} fontSize="10" stroke="none">
                      {r.value_text}
                    </text>
                  </g>
                );
              })}
              <rect x={x(1) - 5} y={y(s.share2021) - 5} width={10} height={10} strokeWidth={1} />
              <text x={x(1) + 8} y={y(s.share2021) + 4} fontSize="10" stroke="none" data-testid={`zone-share-${s.zone}`}>
                {s.share2021.toFixed(1)}%
              </text>
            </g>
          );
        })}
      </svg>
      <ul className="zone-legend">
        {shares.map((s) => (
          <li key={s.zone}>
            <span className="swatch" style={{ background: ZONE[s.zone].color }} aria-hidden="true" />
            {ZONE[s.zone][lang]}: {lang === 'zh' ? `2021年 ${s.pop2021.toFixed(2)} 万人` : `2021: ${s.pop2021.toFixed(2)}×10⁴`}
          </li>
        ))}
      </ul>
      <small className="note">{t('zoneShareNote')}</small>
    </figure>
  );
}
