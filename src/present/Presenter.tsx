/**
 * Presenter mode's screen over the map: a title bar with the slide counter, the slide's caption
 * with its sources, and a black screen on B. The map underneath keeps its scale bar and credits.
 */
import { useEffect, useState } from 'react';
import type { SeedDocument } from '../data/schemas';
import type { LegendGroup } from '../layers/legend';
import { citationTexts } from './citationText';
import { CompactLegend } from './CompactLegend';
import { ExportMenu, type ExportAction } from './ExportMenu';
import { useT } from '../i18n/useT';
import type { Story } from './storySchema';
import { slideNumber } from './slideView';
import { usePresenterKeys } from './usePresenterKeys';

interface Props {
  story: Story;
  /** 1-based. */
  slide: number;
  documents: readonly SeedDocument[];
  /** The drawn layers' legend. */
  legend: readonly LegendGroup[];
  exports: readonly ExportAction[];
  onSlide(n: number): void;
  onExit(): void;
}

export function Presenter({ story, slide, documents, legend, exports, onSlide, onExit }: Props) {
  const { t, lang } = useT();
  const [black, setBlack] = useState(false);
  const count = story.slides.length;
  // The header, which usually sets these, is not shown while presenting.
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = `${story.title[lang]} · ${t('appTitle')}`;
  }, [lang, story, t]);
  const current = story.slides[slide - 1]!;
  usePresenterKeys({
    go: (d) => onSlide(slideNumber(slide + d, count)),
    jump: (n) => onSlide(n === 'first' ? 1 : n === 'last' ? count : slideNumber(n, count)),
    toggleBlack: () => setBlack((b) => !b),
    exit: onExit,
  });
  const sources = citationTexts(current.sources, documents, lang);
  return (
    <div className="presenter" data-testid="presenter">
      <header className="presenter-title">
        <span className="presenter-story">{story.title[lang]}</span>
        <h1>{current.title[lang]}</h1>
        <span className="presenter-counter" data-testid="slide-counter">
          {slide} / {count}
        </span>
        <ExportMenu actions={exports} />
        <button type="button" className="presenter-exit" onClick={onExit}>
          {t('presentExit')}
        </button>
      </header>
      <section className="presenter-caption" aria-live="polite" data-testid="slide-caption">
        <p>{current.caption[lang]}</p>
        <small>
          {t('source')}
          {lang === 'zh' ? '：' : ': '}
          {sources.join(lang === 'zh' ? '；' : '; ')}
        </small>
      </section>
      <CompactLegend groups={legend} />
      {black && <div className="presenter-black" data-testid="presenter-black" onClick={() => setBlack(false)} />}
    </div>
  );
}
