import { useEffect, useState } from 'react';
import { useT } from '../i18n/useT';
import { updateUrlState } from '../state/urlStore';
import type { Basemap } from '../map/basemapStyle';
import type { Story } from '../present/storySchema';
import { ExportMenu, type ExportAction } from '../present/ExportMenu';

/** Title, basemap choice (天地图 asks for the user's own key, kept in this browser) and language. */
interface Props {
  basemap: Basemap;
  onBasemap(b: Basemap): void;
  tiandituKey?: string;
  onTiandituKey(key: string): void;
  /** Stories to present; choosing one opens presenter mode at its first slide. */
  stories: readonly Story[];
  onPresent(story: string): void;
  exports: readonly ExportAction[];
}

export function Header({ basemap, onBasemap, tiandituKey, onTiandituKey, stories, onPresent, exports }: Props) {
  const { t, lang } = useT();
  const [askKey, setAskKey] = useState(false);
  const [draft, setDraft] = useState(tiandituKey ?? '');
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = `${t('appTitle')} · ${t('appSubtitle')}`;
  });
  return (
    <header className="header">
      <h1>
        {t('appTitle')} <small>{t('appSubtitle')}</small>
      </h1>
      {stories.length > 0 && (
        <label className="basemap-select present-select">
          {t('present')}
          <select value="" onChange={(e) => e.target.value && onPresent(e.target.value)} data-testid="present-select">
            <option value="">{t('presentChoose')}</option>
            {stories.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title[lang]}
              </option>
            ))}
          </select>
        </label>
      )}
      <ExportMenu actions={exports} />
      <label className="basemap-select">
        {t('basemap')}
        <select
          value={basemap}
          onChange={(e) => {
            const next = e.target.value as Basemap;
            if (next === 'tianditu' && !tiandituKey) setAskKey(true);
            else onBasemap(next);
          }}
          data-testid="basemap-select"
        >
          <option value="offline">{t('basemapOffline')}</option>
          <option value="osm">{t('basemapOsm')}</option>
          <option value="tianditu">{t('basemapTianditu')}</option>
        </select>
      </label>
      {askKey && (
        <form
          className="key-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (!draft.trim()) return;
            onTiandituKey(draft.trim());
            setAskKey(false);
            onBasemap('tianditu');
          }}
        >
          <label>
            {t('tiandituKey')}
            <input value={draft} onChange={(e) => setDraft(e.target.value)} autoComplete="off" spellCheck={false} data-testid="tianditu-key" />
          </label>
          <button type="submit">{t('save')}</button>
          <small>{t('tiandituKeyHint')}</small>
        </form>
      )}
      <button type="button" className="lang" onClick={() => updateUrlState({ lang: lang === 'zh' ? 'en' : 'zh' })} data-testid="lang-toggle" lang={lang === 'zh' ? 'en' : 'zh-CN'}>
        {t('language')}
      </button>
    </header>
  );
}
