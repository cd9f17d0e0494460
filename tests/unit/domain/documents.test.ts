import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { documentsSchema } from '../../../src/data/schemas';
import { documentOf, documentTitle, formatDate, formatLines, statusWithBasis } from '../../../src/domain/documents';

const docs = documentsSchema.parse(JSON.parse(readFileSync('geodata/documents.json', 'utf8')));
const PLAN = '001_e6b0caea5896a948.txt';
const LIST = '000_39aae25165625594.txt';
const GAZETTE = '002_9904062678a0a62c.txt';

describe('citations', () => {
  it('finds the document of the first cited line, also inside a gazette of many documents', () => {
    expect(documentOf(docs, PLAN, 'L1011')?.title_zh).toBe('温州市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要');
    expect(documentOf(docs, GAZETTE, 'L2720-L2722')?.doc_no).toBe('温政办〔2023〕31号');
    expect(documentOf(docs, GAZETTE, 'L10031-L10037')?.kind).toBe('news');
    expect(documentOf(docs, GAZETTE, 'L5')).toBeUndefined();
  });

  it('writes lines and dates as a reader of each language expects', () => {
    expect(formatLines('L1011', 'zh')).toBe('第1011行');
    expect(formatLines('L2720-L2722,L2730', 'zh')).toBe('第2720—2722、2730行');
    expect(formatLines('L1011', 'en')).toBe('line 1011');
    expect(formatLines('L9794,L9819-L9823', 'en')).toBe('lines 9794, 9819–9823');
    expect(formatDate('2021-11-18', 'zh')).toBe('2021年11月18日');
    expect(formatDate('2021-02', 'en')).toBe('Feb 2021');
  });

  it('names a list row by its document and annex, with 文号 and date', () => {
    const doc = documentOf(docs, LIST, 'L1013')!;
    expect(documentTitle(doc, 'L1013', 'zh')).toBe('《温州市旅游业发展“十四五”规划》 附件1 温州市“十四五”旅游重点项目清单（温政发〔2021〕25号，2021年11月）');
    expect(documentTitle(doc, 'L664', 'zh')).toBe('《温州市旅游业发展“十四五”规划》（温政发〔2021〕25号，2021年11月）');
  });
});

describe('a status and its basis', () => {
  it('reads a plan verb as a target for the plan period', () => {
    expect(statusWithBasis('planned_completion', documentOf(docs, PLAN, 'L1011'), 'L1011', 'zh')).toBe('计划建成（2021年规划，目标2025年）');
    expect(statusWithBasis('planned_completion', documentOf(docs, PLAN, 'L1011'), 'L1011', 'en')).toBe('Planned completion (2021 plan, target 2025)');
  });

  it('reads a list heading or a news item as a report at its date', () => {
    expect(statusWithBasis('reported_construction', documentOf(docs, LIST, 'L1013'), 'L1013', 'zh')).toBe('据报在建（2021年11月清单）');
    expect(statusWithBasis('reported_signed', documentOf(docs, GAZETTE, 'L10031-L10037'), 'L10031-L10037', 'zh')).toBe('据报签约（2023年3月公报报道）');
  });

  it('uses the near-term target year where a plan gives one instead of a period', () => {
    const doc = documentOf(docs, '003_afccd65f9a195b93.txt', 'L660')!;
    expect(statusWithBasis('planned_completion', doc, 'L660', 'zh')).toBe('计划建成（2019年行动方案，目标2022年）');
  });
});
