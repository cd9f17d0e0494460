/**
 * Making a story without editing JSON: save the map's view as a slide, give it a title, caption,
 * notes and sources, reorder or delete slides, then download the file or (in development) have
 * the dev server write it to geodata/stories/. The draft is checked on every change by the same
 * schema and reference checks `npm run validate` runs, and kept in this browser as it is typed.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Problem } from '../data/validate/problem';
import { formatProblem, isError } from '../data/validate/problem';
import { useT } from '../i18n/useT';
import type { StringKey } from '../i18n/strings';
import { download } from '../ui/download';
import { devWriteHeaders } from '../ui/devWriteToken';
import { freshSlideId, slideFromView, type DroppedFilter, type ViewForSlide } from './slideFromView';
import { checkStoryText, type StoryContext } from './storyReferences';
import type { Slide, Story } from './storySchema';

const DRAFT_KEY = 'wz:story-draft';
/** The "new story" choice (story ids are lower-case slugs, so this cannot clash). */
const NEW = '_new';
const EMPTY: Story = { id: 'my-story', title: { zh: '', en: '' }, slides: [] };
/** The dev server's write-back endpoint (scripts/lib/storyWriteBack.ts). */
const WRITE_URL = '/__wz/stories/';

function loadDraft(): Story {
  try {
    const raw = localStorage.getItem(DRAFT_KEY);
    const d = raw ? (JSON.parse(raw) as Story) : undefined;
    return d && Array.isArray(d.slides) ? d : EMPTY;
  } catch {
    return EMPTY;
  }
}

const sourcesText = (s: Slide) => s.sources.map((c) => [c.doc, c.lines].filter(Boolean).join(' ')).join('\n');
/** "001_x.txt L120-L125" per line; the schema judges what comes out. */
function parseSources(text: string): Slide['sources'] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => {
      const [doc, ...rest] = l.split(/\s+/);
      const lines = rest.join('');
      return lines ? { doc: doc!, lines } : { doc: doc! };
    });
}

const DROPPED: Record<DroppedFilter, StringKey> = { subcategories: 'subcategory', investment: 'investmentRange', q: 'search', population: 'populationFilter' };

interface Props {
  stories: readonly Story[];
  context: StoryContext;
  /** The view on the map now. */
  view(): ViewForSlide;
  onGo(slide: Slide): void;
}

export function StoryEditor({ stories, context, view, onGo }: Props) {
  const { t, lang } = useT();
  const [draft, setDraft] = useState<Story>(loadDraft);
  /** The sources boxes as typed (a half-typed line must survive the round trip through the schema). */
  const [typed, setTyped] = useState<Record<string, string>>({});
  const [dropped, setDropped] = useState<DroppedFilter[]>([]);
  /** Open slides: a new one opens for its texts; the rest stay as the user left them. */
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set(draft.slides.slice(-1).map((s) => s.id)));
  const [written, setWritten] = useState<{ ok: boolean; text: string }>();
  useEffect(() => localStorage.setItem(DRAFT_KEY, JSON.stringify(draft)), [draft]);

  const text = useMemo(() => `${JSON.stringify(draft, null, 2)}\n`, [draft]);
  const problems = useMemo(() => checkStoryText(`geodata/stories/${draft.id}.json`, text, context).problems.filter(isError), [text, context, draft.id]);

  const setSlide = (i: number, patch: Partial<Slide>) => setDraft((d) => ({ ...d, slides: d.slides.map((s, j) => (j === i ? { ...s, ...patch } : s)) }));
  const move = (i: number, by: number) =>
    setDraft((d) => {
      const slides = [...d.slides];
      const [s] = slides.splice(i, 1);
      slides.splice(i + by, 0, s!);
      return { ...d, slides };
    });
  const startFrom = (id: string) => {
    const story = id === NEW ? EMPTY : stories.find((s) => s.id === id);
    if (!story || (draft.slides.length && !window.confirm(t('storyReplace', { n: draft.slides.length })))) return;
    setDraft(structuredClone(story));
    setTyped({});
    setWritten(undefined);
  };
  const saveView = () => {
    const { slide, dropped: lost } = slideFromView(view(), freshSlideId(draft.slides.map((s) => s.id)));
    setDraft((d) => ({ ...d, slides: [...d.slides, slide] }));
    setExpanded((x) => new Set([...x, slide.id]));
    setDropped(lost);
  };
  const writeBack = async () => {
    setWritten({ ok: true, text: t('storyWriting') });
    try {
      const res = await fetch(`${WRITE_URL}${encodeURIComponent(draft.id)}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...devWriteHeaders() }, body: text });
      const body = (await res.json()) as { ok: boolean; file?: string; problems?: Problem[] };
      setWritten(body.ok ? { ok: true, text: t('storyWritten', { file: body.file ?? '' }) } : { ok: false, text: t('storyInvalid', { error: (body.problems ?? []).map((p) => formatProblem(p, lang)).join('\n') }) });
    } catch (e) {
      setWritten({ ok: false, text: t('storyInvalid', { error: String(e) }) });
    }
  };

  const field = (label: string, value: string, onChange: (v: string) => void, testId: string, long = false) => (
    <label className="editor-field">
      {label}
      {long ? <textarea value={value} rows={3} onChange={(e) => onChange(e.target.value)} data-testid={testId} /> : <input value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId} />}
    </label>
  );
  const both = (i: number, key: 'title' | 'caption' | 'notes', label: StringKey, long = false) => {
    const s = draft.slides[i]!;
    return (
      <>
        {field(t(label) + t('inZh'), s[key].zh, (zh) => setSlide(i, { [key]: { ...s[key], zh } }), `slide-${i + 1}-${key}-zh`, long)}
        {field(t(label) + t('inEn'), s[key].en, (en) => setSlide(i, { [key]: { ...s[key], en } }), `slide-${i + 1}-${key}-en`, long)}
      </>
    );
  };

  return (
    <section className="story-editor" aria-label={t('storyEditor')} data-testid="story-editor">
      <div className="editor-row">
        <label className="editor-field">
          {t('storyStartFrom')}
          <select value="" onChange={(e) => startFrom(e.target.value)} data-testid="story-start">
            <option value="" disabled>
              —
            </option>
            <option value={NEW}>{t('storyNew')}</option>
            {stories.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title[lang]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {field(t('storyId'), draft.id, (id) => setDraft((d) => ({ ...d, id })), 'story-id')}
      {field(t('storyTitleZh'), draft.title.zh, (zh) => setDraft((d) => ({ ...d, title: { ...d.title, zh } })), 'story-title-zh')}
      {field(t('storyTitleEn'), draft.title.en, (en) => setDraft((d) => ({ ...d, title: { ...d.title, en } })), 'story-title-en')}
      <button type="button" className="primary" onClick={saveView} data-testid="save-view">
        {t('saveView')}
      </button>
      {dropped.length > 0 && (
        <p className="editor-note" role="status">
          {t('droppedFilters', { list: dropped.map((d) => t(DROPPED[d])).join(lang === 'zh' ? '、' : ', ') })}
        </p>
      )}
      {draft.slides.length === 0 && <p className="editor-note">{t('storyEmpty')}</p>}
      <ol className="editor-slides">
        {draft.slides.map((s, i) => (
          <li key={s.id} data-testid={`editor-slide-${i + 1}`}>
            <details open={expanded.has(s.id)} onToggle={(e) => {
                const open = (e.currentTarget as HTMLDetailsElement).open;
                setExpanded((x) => (open === x.has(s.id) ? x : open ? new Set([...x, s.id]) : new Set([...x].filter((id) => id !== s.id))));
              }}>
              <summary>{s.title[lang] || s.id}</summary>
              <div className="editor-slide-body">
              {both(i, 'title', 'slideTitle')}
              {both(i, 'caption', 'slideCaption', true)}
              {both(i, 'notes', 'slideNotes', true)}
              {field(
                t('slideSources'),
                typed[s.id] ?? sourcesText(s),
                (v) => {
                  setTyped((x) => ({ ...x, [s.id]: v }));
                  setSlide(i, { sources: parseSources(v) });
                },
                `slide-${i + 1}-sources`,
                true,
              )}
              <div className="editor-buttons">
                <button type="button" onClick={() => onGo(s)}>
                  {t('slideGo')}
                </button>
                <button type="button" onClick={() => move(i, -1)} disabled={i === 0} aria-label={`${t('moveUp')} ${i + 1}`}>
                  ↑
                </button>
                <button type="button" onClick={() => move(i, 1)} disabled={i === draft.slides.length - 1} aria-label={`${t('moveDown')} ${i + 1}`}>
                  ↓
                </button>
                <button type="button" onClick={() => setDraft((d) => ({ ...d, slides: d.slides.filter((_, j) => j !== i) }))} data-testid={`slide-${i + 1}-remove`}>
                  {t('remove')}
                </button>
              </div>
              </div>
            </details>
          </li>
        ))}
      </ol>
      <div className="editor-check" aria-live="polite" data-testid="story-check">
        {problems.length ? (
          <>
            <p className="editor-problems-title">{t('storyProblems', { n: problems.length })}</p>
            <ul className="editor-problems">
              {problems.slice(0, 12).map((p, i) => (
                <li key={i}>{formatProblem(p, lang)}</li>
              ))}
            </ul>
          </>
        ) : (
          <p>{t('storyReady')}</p>
        )}
      </div>
      <div className="editor-buttons">
        <button type="button" onClick={() => download(new Blob([text], { type: 'application/json' }), `${draft.id}.json`)} data-testid="story-download">
          {t('storyDownload')}
        </button>
        {import.meta.env.DEV && (
          <button type="button" onClick={writeBack} disabled={problems.length > 0} data-testid="story-write">
            {t('storyWrite')}
          </button>
        )}
      </div>
      {written && (
        <p className={written.ok ? 'editor-note' : 'editor-error'} role="status" data-testid="story-written">
          {written.text}
        </p>
      )}
      <p className="editor-note">{t('draftKept')}</p>
    </section>
  );
}
