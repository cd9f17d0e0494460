import { describe, expect, it } from 'vitest';
import { fieldSpecs, valueOfInput } from '../../../src/edit/fieldSpecs';

describe('the attribute form comes from the layer’s zod schema', () => {
  const project = fieldSpecs('project');
  const by = (k: string) => project.find((f) => f.key === k)!;
  it('enums become selects with zh/en labels, numbers keep bounds and units, required is marked', () => {
    expect(by('status').kind).toBe('select');
    expect(by('status').required).toBe(false);
    expect(by('status').options!.find((o) => o.value === 'reported_construction')!.label.zh).toBe('据报在建');
    expect(by('category').required).toBe(true);
    expect(by('start_year')).toMatchObject({ kind: 'integer', min: 1980, max: 2060 });
    expect(by('investment_total_yi')).toMatchObject({ kind: 'number', min: 0, unit: { zh: '亿元' } });
    expect(by('name_zh')).toMatchObject({ kind: 'text', required: true, label: { zh: '中文名称' } });
    expect(fieldSpecs('rail-station').find((f) => f.key === 'is_hub')!.kind).toBe('boolean');
  });
  it('an empty input is left out (未注明), never 0; a bad number stays text for the validator', () => {
    expect(valueOfInput(by('investment_total_yi'), '')).toBeUndefined();
    expect(valueOfInput(by('investment_total_yi'), ' 12.5 ')).toBe(12.5);
    expect(valueOfInput(by('investment_total_yi'), '12亿')).toBe('12亿');
  });
});
