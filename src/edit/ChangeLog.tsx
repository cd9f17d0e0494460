/** The session's moments, newest first: when, who, what, on what authority; undone ones greyed. */
import type { History, Moment } from './history';
import { useT } from '../i18n/useT';

function Row({ m, undone }: { m: Moment; undone?: boolean }) {
  const { lang } = useT();
  const at = new Date(m.at).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'short', timeStyle: 'medium' });
  return (
    <li className={undone ? 'undone' : undefined}>
      <time dateTime={m.at}>{at}</time> · {m.who} · {m.label[lang]}
      {m.source && (
        <span className="hint">
          {' '}
          · {m.source.doc}
          {m.source.lines ? ` ${m.source.lines}` : ''}
        </span>
      )}
    </li>
  );
}

export function ChangeLog({ history }: { history: History }) {
  const { t } = useT();
  if (!history.done.length && !history.undone.length) return null;
  return (
    <section className="change-log" aria-label={t('changeLog')}>
      <h2>{t('changeLog')}</h2>
      <ol reversed data-testid="change-log">
        {[...history.undone].map((m, i) => (
          <Row key={`u${i}`} m={m} undone />
        ))}
        {[...history.done].reverse().map((m, i) => (
          <Row key={`d${i}`} m={m} />
        ))}
      </ol>
    </section>
  );
}
