// Split the YAML front matter (gray-matter, YAML only: ---js and friends are refused, never run)
// and parse it with `yaml` so every value keeps its offset in the .md file.
import matter from 'gray-matter';
import { parseDocument, isMap, isScalar, type Document, type ParsedNode } from 'yaml';

export interface FrontMatterProblem {
  id: 'front-matter' | 'yaml';
  messageId: string;
  data?: Record<string, string | number>;
  start: number;
  end: number;
  fatal: boolean;
}

export interface FrontMatter {
  /** offsets into the file text: the YAML source is text.slice(start, end) */
  start: number;
  end: number;
  /** offset where the body starts (after the closing --- line) */
  bodyStart: number;
  doc?: Document.Parsed<ParsedNode>;
  value?: unknown;
  problems: FrontMatterProblem[];
}

const refuse = () => {
  throw new Error('refused');
};
const GRAY_OPTIONS = {
  engines: {
    // we parse with `yaml` ourselves (positions); gray-matter only splits and guards
    yaml: { parse: () => ({}), stringify: () => '' },
    js: refuse,
    javascript: refuse,
    coffee: refuse,
    coffeescript: refuse,
    cson: refuse,
  },
  language: 'yaml',
} as const;

const CLOSE = /^(?:---|\.\.\.)[ \t]*\r?$/gm;

/** Returns null when the file has no front matter at all. */
export function splitFrontMatter(text: string): FrontMatter | null {
  if (!text.startsWith('---')) return null;
  const firstNl = text.indexOf('\n');
  const firstLine = (firstNl < 0 ? text : text.slice(0, firstNl)).replace(/\r$/, '');
  const language = firstLine.slice(3).trim();
  const problems: FrontMatterProblem[] = [];
  if (language && language.toLowerCase() !== 'yaml' && language.toLowerCase() !== 'yml') {
    problems.push({ id: 'front-matter', messageId: 'language', data: { language }, start: 0, end: firstLine.length, fatal: true });
    return { start: 0, end: 0, bodyStart: text.length, problems };
  }
  const start = firstNl < 0 ? text.length : firstNl + 1;
  CLOSE.lastIndex = start;
  const close = CLOSE.exec(text);
  if (!close) {
    problems.push({ id: 'front-matter', messageId: 'unclosed', start: 0, end: firstLine.length, fatal: true });
    return { start, end: start, bodyStart: text.length, problems };
  }
  const end = close.index;
  const lineEnd = text.indexOf('\n', end);
  const bodyStart = lineEnd < 0 ? text.length : lineEnd + 1;
  // gray-matter is the guard: it must agree that this is YAML front matter
  try {
    matter(text, GRAY_OPTIONS as any);
  } catch {
    problems.push({ id: 'front-matter', messageId: 'language', data: { language: language || '?' }, start: 0, end: firstLine.length, fatal: true });
    return { start, end, bodyStart, problems };
  }
  return { start, end, bodyStart, ...parseYaml(text.slice(start, end), start, problems) };
}

const YAML_REASONS: Record<string, { vi: string; en: string }> = {
  BAD_INDENT: { vi: 'thụt lề không đúng', en: 'bad indentation' },
  TAB_AS_INDENT: { vi: 'dùng phím Tab để thụt lề (hãy dùng dấu cách)', en: 'tab used for indentation (use spaces)' },
  MISSING_CHAR: { vi: 'thiếu ký tự đóng (dấu ngoặc hoặc dấu nháy)', en: 'a closing bracket or quote is missing' },
  MULTILINE_IMPLICIT_KEY: { vi: 'khóa viết trên nhiều dòng; có thể thiếu dấu ":" hoặc dấu nháy', en: 'a key spans several lines; a ":" or a quote may be missing' },
  BLOCK_AS_IMPLICIT_KEY: { vi: 'khối nội dung đặt sai chỗ làm khóa', en: 'a block is used as a key' },
  UNEXPECTED_TOKEN: { vi: 'ký tự không mong đợi', en: 'unexpected character' },
  BAD_SCALAR_START: { vi: 'giá trị bắt đầu bằng ký tự không hợp lệ (hãy đặt trong dấu nháy)', en: 'a value starts with a reserved character (quote it)' },
  BAD_DQ_ESCAPE: { vi: 'ký tự thoát không hợp lệ trong chuỗi nháy kép', en: 'invalid escape in a double-quoted string' },
  MISSING_ANCHOR: { vi: 'bí danh trỏ tới neo không tồn tại', en: 'an alias refers to a missing anchor' },
};
export const yamlReason = (code: string, lang: 'vi' | 'en', fallback: string) => YAML_REASONS[code]?.[lang] ?? fallback;

function parseYaml(src: string, offset: number, problems: FrontMatterProblem[]) {
  const doc = parseDocument(src, { uniqueKeys: true, prettyErrors: false, strict: true, version: '1.2', schema: 'core' });
  for (const e of doc.errors) {
    const dup = e.code === 'DUPLICATE_KEY';
    problems.push({
      id: 'yaml',
      messageId: dup ? 'duplicate-key' : 'syntax',
      data: dup ? { key: keyAt(src, e.pos[0]) } : { code: e.code, reason: e.message.split('\n')[0].replace(/ at line \d+, column \d+.*$/, '') },
      start: offset + e.pos[0],
      end: offset + e.pos[1],
      fatal: !dup,
    });
  }
  for (const w of doc.warnings) {
    if (w.code === 'TAG_RESOLVE_FAILED') {
      const tag = /tag:yaml\.org,2002:(\S+)|(![^\s]*)/.exec(w.message);
      problems.push({ id: 'yaml', messageId: 'tag', data: { tag: tag ? (tag[1] ? `!!${tag[1]}` : tag[2]) : '?' }, start: offset + w.pos[0], end: offset + w.pos[1], fatal: true });
    }
  }
  if (problems.some((p) => p.fatal)) return { doc, problems };
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 50 });
  } catch {
    problems.push({ id: 'yaml', messageId: 'alias-limit', start: offset, end: offset + src.length, fatal: true });
    return { doc, problems };
  }
  if (value == null) value = {};
  if (!isMap(doc.contents) && value !== null && typeof value !== 'object') {
    problems.push({ id: 'front-matter', messageId: 'not-mapping', start: offset, end: offset + src.length, fatal: true });
  } else if (Array.isArray(value)) {
    problems.push({ id: 'front-matter', messageId: 'not-mapping', start: offset, end: offset + src.length, fatal: true });
  }
  return { doc, value, problems };
}

function keyAt(src: string, pos: number): string {
  const m = /^\s*([^:\n]+)/.exec(src.slice(pos));
  return m ? m[1].trim() : '?';
}

/** the node at a path, or the deepest existing ancestor (and whether it is the exact node) */
export function nodeAt(doc: Document.Parsed<ParsedNode>, path: readonly PropertyKey[]): { node: ParsedNode | null; exact: boolean; keyNode?: ParsedNode } {
  let node: unknown = doc.contents;
  let keyNode: ParsedNode | undefined;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    const next = (node as { items?: unknown[] } | null)?.items;
    if (!next || !(node as { range?: unknown }).range) return { node: node as ParsedNode, exact: false, keyNode };
    let found: unknown;
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === seg);
      if (pair) { found = pair.value; keyNode = pair.key as ParsedNode; }
      if (pair && !found) return { node: pair.key as ParsedNode, exact: true, keyNode };
    } else if (typeof seg === 'number') {
      found = next[seg];
      keyNode = undefined;
    }
    if (!found) return { node: node as ParsedNode, exact: false, keyNode };
    node = found;
  }
  return { node: node as ParsedNode, exact: true, keyNode };
}
