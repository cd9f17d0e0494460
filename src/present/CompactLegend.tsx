/** The presenter's legend: the drawn layers only, one line per layer, its classes beside it. */
import type { LegendGroup } from '../layers/legend';
import { useT } from '../i18n/useT';
import { LegendSwatch } from '../ui/LegendSwatch';

/** More classes than this would crowd a projector; the rest are named in the panel, not here. */
const MAX_ITEMS = 6;

export function CompactLegend({ groups }: { groups: readonly LegendGroup[] }) {
  const { t, lang } = useT();
  if (!groups.length) return null;
  return (
    <aside className="presenter-legend" aria-label={t('legend')} data-testid="presenter-legend">
      <ul>
        {groups.map((g) => (
          <li key={g.layer} data-layer={g.layer}>
            {g.items.length === 1 || g.items.every((i) => !i.label) ? (
              <span className="legend-item">
                <LegendSwatch item={g.items[0]!} />
                {g.title[lang]}
              </span>
            ) : (
              <>
                <strong>{g.title[lang]}</strong>
                {g.items.slice(0, MAX_ITEMS).map((item, i) => (
                  <span className="legend-item" key={i}>
                    <LegendSwatch item={item} />
                    {item.label?.[lang]}
                  </span>
                ))}
              </>
            )}
          </li>
        ))}
      </ul>
    </aside>
  );
}
