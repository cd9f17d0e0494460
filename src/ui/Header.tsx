import { useEffect } from 'react';
import { useT } from '../i18n/useT';
import { updateUrlState } from '../state/urlStore';
import type { Basemap } from '../map/basemapStyle';

export function Header({ basemap, onBasemap }: { basemap: Basemap; onBasemap(b: Basemap): void }) {
  const { t, lang } = useT();
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = `${t('appTitle')} · ${t('appSubtitle')}`;
  });
  return (
    <header className="header">
      <h1>
        {t('appTitle')} <small>{t('appSubtitle')}</small>
      </h1>
      <label className="basemap-select">
        {t('basemap')}
        <select value={basemap} onChange={(e) => onBasemap(e.target.value as Basemap)} data-testid="basemap-select">
          <option value="offline">{t('basemapOffline')}</option>
          <option value="osm">{t('basemapOsm')}</option>
        </select>
      </label>
      <button type="button" className="lang" onClick={() => updateUrlState({ lang: lang === 'zh' ? 'en' : 'zh' })} data-testid="lang-toggle">
        {t('language')}
      </button>
    </header>
  );
}
