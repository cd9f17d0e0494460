/**
 * "Record a change" for a project: the projects layer is generated, so a new status (or
 * investment, or schedule) becomes a dated row of projects/changes.csv citing its document. The
 * row is checked by the build's own schema, saved like every edit (IndexedDB, undo), previewed on
 * the map as the build will make it, and appended to the file on write-back.
 */
import { useMemo } from 'react';
import type { Feature } from 'geojson';
import { useQueryClient } from '@tanstack/react-query';
import type { SourceRegistry } from '../data/schemas';
import type { Problem } from '../data/validate/problem';
import { useT } from '../i18n/useT';
import { AttributeForm, type Values } from './AttributeForm';
import { addFeature } from './changes';
import { CHANGES_FILE, changeRowFields, changeRowProblems, rowCells, rowFeature } from './changeRows';
import { TAB, commit, discard, open, useEditState } from './editStore';
import { newSession, sha256 } from './session';
import { fetchFileText } from './EditPanel';
import { writeTableRows } from './writeBack';

interface Props {
  project: Feature;
  registry: SourceRegistry;
  knownSources: ReadonlySet<string>;
  who: string;
  onRefused(problems: Problem[]): void;
  onMessage(text: string): void;
}

const today = () => new Date().toISOString().slice(0, 10);

export function ProjectChange({ project, registry, knownSources, who, onRefused, onMessage }: Props) {
  const { t, lang } = useT();
  const queryClient = useQueryClient();
  const session = useEditState().sessions[CHANGES_FILE];
  const id = String(project.properties?.id);
  const fields = useMemo(() => changeRowFields(registry.map((s) => ({ id: s.id, label: { zh: s.title_zh, en: s.title_en } }))), [registry]);
  const pending = session?.doc.features ?? [];

  async function record(values: Values) {
    if (!who.trim()) return onRefused([{ severity: 'error', code: 'no-editor', file: `geodata/${CHANGES_FILE}`, message: { zh: '请先填写编辑者姓名（记入修改记录）', en: 'enter your name first (it goes into the change log)' } }]);
    let s = session;
    if (!s) {
      const text = await fetchFileText(CHANGES_FILE);
      s = { ...newSession(CHANGES_FILE, 'project', await sha256(text), [], TAB), table: 'project-change' };
      open(s);
    }
    const cells = rowCells(id, values);
    const name = String(project.properties?.name_zh ?? id);
    onRefused([]);
    await commit(CHANGES_FILE, {
      label: { zh: `记录变化：${name}（${cells.status || cells.investment_total_yi || cells.end_year}，${cells.date}）`, en: `recorded a change of ${String(project.properties?.name_en ?? id)} (${cells.date})` },
      changes: [addFeature(s.doc, rowFeature(`${id}@${cells.date}#${crypto.randomUUID().slice(0, 8)}`, cells))],
      who: who.trim(),
      at: new Date().toISOString(),
      source: { doc: cells.source_doc, ...(cells.source_lines && { lines: cells.source_lines }) },
    });
  }

  async function writeBack(force = false) {
    if (!session) return;
    const r = await writeTableRows(CHANGES_FILE, session.doc.features.map((f) => rowCells(String(f.properties?.project_id), f.properties ?? {})), session.baseHash, session.history.done, force);
    if (r.ok) {
      await discard(CHANGES_FILE);
      await queryClient.invalidateQueries({ queryKey: ['geodata'] });
      onMessage(t('writeBackDone', { file: `geodata/${CHANGES_FILE}` }));
    } else {
      onRefused(r.problems);
      if (r.changedOnDisk && window.confirm(t('tableChangedOnDisk'))) await writeBack(true);
    }
  }

  return (
    <section aria-label={t('recordChange')} data-testid="project-change">
      <h2>
        {t('recordChange')}：{String(project.properties?.[lang === 'zh' ? 'name_zh' : 'name_en'] ?? id)}
      </h2>
      <p className="hint">{t('recordChangeHint', { file: `geodata/${CHANGES_FILE}` })}</p>
      <AttributeForm
        key={`${id}:${pending.length}`}
        fields={fields}
        properties={{ date: today() }}
        check={(values) => changeRowProblems(rowCells(id, { date: today(), ...values }), knownSources)}
        onSave={(values) => void record({ date: today(), ...values })}
        saveLabel={t('recordChangeSave')}
      />
      {pending.length > 0 && (
        <div className="edit-output">
          <span className="hint">{t('pendingRows', { n: pending.length, file: CHANGES_FILE })}</span>
          {import.meta.env.DEV && (
            <button type="button" onClick={() => void writeBack()} data-testid="write-back-changes">
              {t('writeBack', { file: `geodata/${CHANGES_FILE}` })}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
