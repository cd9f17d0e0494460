/**
 * Line and column of a JSON path in the file's text, as a text editor numbers them (from 1), with
 * jsonc-parser's syntax tree. Built only when there is a problem to place.
 */
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { t, type Text } from './text';

export interface Place {
  line: number;
  column: number;
}

export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

export function placeOf(starts: number[], offset: number): Place {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}

const syntaxZh: Record<string, string> = {
  InvalidSymbol: '无效字符',
  InvalidNumberFormat: '数字格式错误',
  PropertyNameExpected: '缺少属性名（多了逗号？）',
  ValueExpected: '缺少值（多了逗号？）',
  ColonExpected: '缺少冒号',
  CommaExpected: '缺少逗号',
  CloseBraceExpected: '缺少 }',
  CloseBracketExpected: '缺少 ]',
  EndOfFileExpected: '文件末尾多出内容',
  UnexpectedEndOfString: '字符串没有结束的引号',
  UnexpectedEndOfNumber: '数字不完整',
  InvalidUnicode: '无效的 Unicode 转义',
  InvalidEscapeCharacter: '无效的转义字符',
  InvalidCharacter: '字符串中有控制字符',
};

export interface LocatedJson {
  /** The parsed value (undefined when the text has syntax errors). */
  value: unknown;
  syntax: { place: Place; message: Text }[];
  /** Where a path is, or where its nearest existing parent is. */
  at(path: (string | number)[]): Place | undefined;
}

/**
 * Deeper than any GeoJSON (a MultiPolygon's positions are 7 levels down from the file), and far
 * below what a recursive parser or JSON.stringify survives: 50,000 nested "[" overflowed the stack.
 */
export const MAX_DEPTH = 64;

/** Where the nesting first goes deeper than MAX_DEPTH (brackets inside strings do not count). */
export function tooDeepAt(text: string): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // a backslash escapes the next character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > MAX_DEPTH) return i;
    } else if (c === 93 || c === 125) depth--;
  }
  return undefined;
}

/** Parses strictly (no comments, no trailing commas: what JSON.parse and browsers accept). */
export function locateJson(text: string): LocatedJson {
  const deep = tooDeepAt(text);
  if (deep !== undefined)
    return { value: undefined, syntax: [{ place: placeOf(lineStarts(text), deep), message: t(`JSON 嵌套超过 ${MAX_DEPTH} 层`, `the JSON nests deeper than ${MAX_DEPTH} levels`) }], at: () => undefined };
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  let starts: number[] | undefined;
  const place = (offset: number) => placeOf((starts ??= lineStarts(text)), offset);
  const syntax = errors.map((e) => {
    const code = printParseErrorCode(e.error);
    return { place: place(e.offset), message: t(`JSON 语法错误：${syntaxZh[code] ?? code}`, `JSON syntax error: ${code}`) };
  });
  let value: unknown;
  if (!errors.length) {
    try {
      value = JSON.parse(text);
    } catch {
      value = undefined;
    }
  }
  return {
    value,
    syntax,
    at(path) {
      if (!tree) return undefined;
      for (let n = path.length; n >= 0; n--) {
        const node: Node | undefined = findNodeAtLocation(tree, path.slice(0, n));
        // A property's node is its value; point at the key (its parent's first child) when there is one.
        if (node) return place(node.parent?.type === 'property' ? node.parent.offset : node.offset);
      }
      return undefined;
    },
  };
}
