/**
 * The cited passage in its document, inside the app and offline: the document's title, the chain
 * of headings the passage sits under, and the whole document with the cited lines marked and
 * scrolled into view. A Radix dialog (focus trap, Esc, labelled title).
 */
import { useEffect, useMemo, useRef } from 'react';
import * as Dialog from '@radix-ui/react-dialog';
import { useQuery } from '@tanstack/react-query';
import type { SeedDocument } from '../data/schemas';
import { seedTextQuery } from '../data/queries';
import { documentOf, documentTitle, formatLines, parseLines } from '../domain/documents';
import { headingChain, headingsOf } from '../domain/seedText';
import { useT } from '../i18n/useT';

export interface SourceRef {
  seed: string;
  lines: string;
}

export function SourceViewer({ source, documents, onClose }: { source: SourceRef | null; documents: readonly SeedDocument[]; onClose(): void }) {
  const { t } = useT();
  return (
    <Dialog.Root open={!!source} onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="source-viewer" data-testid="source-viewer" aria-describedby={undefined}>
          {source && <SourceBody source={source} documents={documents} />}
          <Dialog.Close asChild>
            <button type="button" className="dialog-close" aria-label={t('close')}>
              ×
            </button>
          </Dialog.Close>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function SourceBody({ source, documents }: { source: SourceRef; documents: readonly SeedDocument[] }) {
  const { t, lang } = useT();
  const text = useQuery(seedTextQuery(source.seed));
  const doc = documentOf(documents, source.seed, source.lines);
  const cited = useMemo(() => parseLines(source.lines), [source.lines]);
  const isCited = (n: number) => cited.some(([a, b]) => n >= a && n <= b);
  const [from, to] = doc ? parseLines(doc.lines)[0]! : [1, text.data?.length ?? 1];
  const headings = useMemo(() => (text.data ? headingsOf(text.data) : []), [text.data]);
  const chain = headingChain(headings, cited[0]?.[0] ?? from, from);
  const firstCited = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    // Bring the passage into view once the text is there (the dialog scrolls, not the page).
    firstCited.current?.scrollIntoView({ block: 'center' });
  }, [text.data]);

  const headingLines = new Set(headings.map((h) => h.line));
  return (
    <>
      <Dialog.Title className="source-title">
        {doc ? documentTitle(doc, source.lines, lang) : source.seed} <small>{formatLines(source.lines, lang)}</small>
      </Dialog.Title>
      {chain.length > 0 && (
        <nav className="source-chain" aria-label={t('sourceSection')} data-testid="source-chain">
          {chain.map((h) => h.text).join(' › ')}
        </nav>
      )}
      <div className="source-text" data-testid="source-text" tabIndex={0} lang="zh-CN">
        {text.isPending && <p>{t('sourceLoading')}</p>}
        {text.isError && <p role="alert">{t('sourceMissing')}</p>}
        {text.data?.slice(from - 1, to).map((line, i) => {
          const n = from + i;
          if (!line.trim()) return null;
          const mark = isCited(n);
          return (
            <p
              key={n}
              ref={mark && n === cited[0]![0] ? firstCited : undefined}
              className={[mark ? 'cited' : '', headingLines.has(n) ? 'heading' : ''].filter(Boolean).join(' ') || undefined}
              data-line={n}
            >
              <span className="line-no" aria-hidden="true">
                {n}
              </span>
              {mark ? <mark>{line}</mark> : line}
            </p>
          );
        })}
      </div>
    </>
  );
}
