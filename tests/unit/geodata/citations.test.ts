import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { citationsTable, withCitations } from '../../../scripts/lib/citations';

describe('seeds/README.md', () => {
  it('maps every layer to the passages its features cite (run `npm run citations` after editing geodata)', () => {
    const readme = readFileSync('seeds/README.md', 'utf8');
    expect(withCitations(readme, citationsTable('.'))).toBe(readme);
  });
});
