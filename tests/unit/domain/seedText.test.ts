import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { headingChain, headingsOf } from '../../../src/domain/seedText';

const lines = readFileSync('seeds/001_e6b0caea5896a948.txt', 'utf8').split('\n');

describe('seed headings', () => {
  it('finds the chapter, section and box a cited line sits under, not the table of contents', () => {
    const headings = headingsOf(lines);
    expect(headings.some((h) => h.line < 100)).toBe(false);
    expect(headingChain(headings, 1011).map((h) => h.text)).toEqual(['第十一章 构筑功能性枢纽型网络化基础设施体系', '第一节 建设全国性综合交通枢纽城市', '专栏 14：全国性综合交通枢纽建设重点']);
  });
});
