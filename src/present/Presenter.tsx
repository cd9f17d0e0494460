/**
 * Presenter mode's screen over the map: a title bar with the slide counter, the slide's caption
 * with its sources, and a black screen on B. The map underneath keeps its scale bar and credits.
 */
import { useEffect, useState } from 'react';
import type { SeedDocument } from '../data/schemas';
import { documentOf } from '../domain/documents';
import { useT } from '../i18n/useT';
import type { Story } from './storySchema';
import { slideNumber } from './slideView';
import { usePresenterKeys } from './usePresenterKeys';

interface Props {
  story: Story;
  /** 1-based. */
  slide: number;
  documents: readonly SeedDocument[];
  onSlide(n: number): void;
  onExit(): void;
}

export function Presenter({ story, slide, documents, onSlide, onExit }: Props) {
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
  const sources = current.sources.map((c) => {
    const doc = c.doc.endsWith('.txt') ? documentOf(documents, c.doc, c.lines) : undefined;
    return `${doc ? doc[lang === 'zh' ? 'title_zh' : 'title_en'] : c.doc}${c.lines ? ` ${c.lines}` : ''}`;
  });
  return (
    <div className="presenter" data-testid="presenter">
      <header className="presenter-title">
        <span className="presenter-story">{story.title[lang]}</span>
        <h1>{current.title[lang]}</h1>
        <span className="presenter-counter" data-testid="slide-counter">
          {slide} / {count}
        </span>
        <button type="button" className="presenter-exit" onClick={onExit}>
          {t('presentExit')}
        </button>
      </header>
      <section className="presenter-caption" aria-live="polite" data-testid="slide-caption">
        <p>{current.caption[lang]}</p>
        <small>
          {t('source')}
          {lang === 'zh' ? '：' : ': '}
          {[...new Set(sources)].join(lang === 'zh' ? '；' : '; ')}
        </small>
      </section>
      {black && <div className="presenter-black" data-testid="presenter-black" onClick={() => setBlack(false)} />}
    </div>
  );
}
