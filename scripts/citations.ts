/** npm run citations — rewrites the layer → passages table in seeds/README.md from geodata/. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { citationsTable, withCitations } from './lib/citations';

const root = resolve(import.meta.dirname, '..');
const file = join(root, 'seeds/README.md');
writeFileSync(file, withCitations(readFileSync(file, 'utf8'), citationsTable(root)));
console.log('seeds/README.md: layer → passages table updated');
