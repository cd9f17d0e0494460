/**
 * Reading the data tree for the build and the validator (Node only): files as UTF-8 (a file in
 * another encoding is reported, not read as mojibake), seeds by name, and the parsed base files
 * the checks place features against. Every read that fails becomes a Problem, never a throw.
 */
import { decodeUtf8 } from '../../src/data/validate/encoding';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';
import type { Problem } from '../../src/data/validate/problem';
import { t } from '../../src/data/validate/text';
import type { SeedLookup } from '../../src/data/validate/quotes';


export class Tree {
  readonly problems: Problem[] = [];
  private seedCache = new Map<string, string[] | undefined>();

  constructor(
    readonly dir: string,
    readonly seedsDir: string,
    /** How paths are shown in messages (relative to the working directory). */
    readonly show: (abs: string) => string = (abs) => relative(process.cwd(), abs) || abs,
  ) {}

  path = (rel: string) => join(this.dir, rel);
  exists = (rel: string) => existsSync(this.path(rel));
  name = (rel: string) => this.show(this.path(rel));

  /** The file's text, or undefined with a located problem (missing, not UTF-8). */
  text(rel: string, missing?: { zh: string; en: string }): string | undefined {
    const abs = this.path(rel);
    if (!existsSync(abs)) {
      this.problems.push({ severity: 'error', code: 'missing-file', file: this.show(abs), message: t(`文件不存在${missing ? `：${missing.zh}` : ''}`, `the file does not exist${missing ? `: ${missing.en}` : ''}`) });
      return undefined;
    }
    const decoded = decodeUtf8(readFileSync(abs), this.show(abs));
    if ('text' in decoded) return decoded.text;
    this.problems.push(decoded.problem);
    return undefined;
  }

  json<T>(rel: string): T | undefined {
    const text = this.text(rel);
    if (text === undefined) return undefined;
    try {
      return JSON.parse(text) as T;
    } catch {
      return undefined; // the caller's located check reports the syntax error
    }
  }

  /** Seed text by file name: the seeds/ folder holds the committed source documents. */
  seeds: SeedLookup = (doc) => {
    if (!this.seedCache.has(doc)) {
      const file = join(this.seedsDir, doc);
      this.seedCache.set(doc, /^[\w.-]+\.txt$/.test(doc) && existsSync(file) ? readFileSync(file, 'utf8').split(/\r?\n/) : undefined);
    }
    return this.seedCache.get(doc);
  };

  seedFiles = (): string[] => (existsSync(this.seedsDir) ? readdirSync(this.seedsDir).filter((f) => f.endsWith('.txt')) : []);
}

export type Area = Feature<Polygon | MultiPolygon>;
export type PointFeature = Feature<Point>;
