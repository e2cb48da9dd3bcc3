// Split the YAML front matter (YAML only: ---js and friends are refused, never run) and parse
// it. Plain front matter goes through js-yaml (7× faster than `yaml` on our notes), recording
// where each scalar sits; an error or any rarer construct (anchors, tags, explicit keys,
// directives) goes through `yaml`, whose error codes and positions the diagnostics use.
// The `yaml` document, with every node's offset, is built on first use either way.
import { load as loadYaml, CORE_SCHEMA } from 'js-yaml';
import { parseDocument, isScalar, isMap, type Document, type ParsedNode } from 'yaml';
import { placeYamlError } from './yaml-error-place.js';

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
  /** the `yaml` document (node offsets), parsed when first read */
  doc?: Document.Parsed<ParsedNode>;
  value?: unknown;
  problems: FrontMatterProblem[];
  /** scalars in source order when js-yaml parsed the front matter (offsets relative to `start`) */
  scalars?: YamlScalar[];
}

export interface YamlScalar {
  value: unknown;
  /** where the parser started the node (may be before leading blanks) and where it ended */
  open: number;
  close: number;
}

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
  const src = text.slice(start, end);
  const fm: FrontMatter = { start, end, bodyStart, problems };
  const fast = parseFast(src);
  if (fast) {
    let doc: Document.Parsed<ParsedNode> | undefined;
    Object.defineProperty(fm, 'doc', { enumerable: true, get: () => (doc ??= parseDocument(src, YAML_OPTIONS)) });
    fm.value = fast.value;
    fm.scalars = fast.scalars;
    return fm;
  }
  return Object.assign(fm, parseYaml(src, start, problems));
}

const YAML_OPTIONS = { uniqueKeys: true, prettyErrors: false, strict: true, version: '1.2', schema: 'core' } as const;
// anchors, aliases, tags, explicit keys, directives, merge keys, digit separators: `yaml` decides
const RARE = /[&*!]|^[ \t-]*[?%]|<<|\d_\d/m;

/** a plain mapping, read by js-yaml; undefined when `yaml` must look (errors, rarer syntax, not a mapping) */
function parseFast(src: string): { value: Record<string, unknown>; scalars: YamlScalar[] } | undefined {
  if (RARE.test(src)) return undefined;
  const scalars: YamlScalar[] = [];
  const opens: number[] = [];
  let value: unknown;
  try {
    value = loadYaml(src, {
      schema: CORE_SCHEMA,
      listener(event, state) {
        if (event === 'open') return void opens.push(state.position);
        const open = opens.pop() ?? state.position;
        if (state.kind !== 'scalar') return;
        // js-yaml reports some nodes twice (a sequence entry and its content)
        const last = scalars[scalars.length - 1];
        if (last && last.close === state.position && last.value === state.result) return;
        scalars.push({ value: state.result, open, close: state.position });
      },
    });
  } catch {
    return undefined;
  }
  if (value == null) return { value: {}, scalars };
  if (typeof value !== 'object' || Array.isArray(value)) return undefined;
  return { value: value as Record<string, unknown>, scalars };
}

/** a scalar value and where it is: offsets relative to the front matter, as `yaml` gives a node's range */
export interface PlacedScalar {
  /** "basis.0.number" */
  path: string;
  /** the mapping key it is the value of (none for a list item) */
  key?: string;
  value: unknown;
  start: number;
  end: number;
}

/**
 * Every scalar value with its place, pairing a depth-first walk of the value with js-yaml's
 * scalars, which come in the same order. Undefined when they do not pair up (or `yaml` parsed
 * the front matter); callers then ask the `yaml` document.
 */
export function placeScalars(src: string, value: unknown, scalars: readonly YamlScalar[]): PlacedScalar[] | undefined {
  const out: PlacedScalar[] = [];
  let k = 0;
  const take = (v: unknown, path?: string, key?: string): boolean => {
    const sc = scalars[k];
    // an empty value ("key:") has no scalar of its own
    if (v === null && (!sc || sc.value !== null)) return true;
    if (!sc || sc.value !== v) return false;
    k++;
    if (path !== undefined) {
      let s = sc.open;
      let e = sc.close;
      while (s < e && isBlank(src.charCodeAt(s))) s++;
      // a block scalar (| or >) ends with its last line break, as in `yaml`; others end at their last character
      const c = src.charCodeAt(s);
      if (c !== 124 && c !== 62) while (e > s && isBlank(src.charCodeAt(e - 1))) e--;
      out.push(key === undefined ? { path, value: v, start: s, end: e } : { path, key, value: v, start: s, end: e });
    }
    return true;
  };
  const walk = (v: unknown, path: string, key?: string): boolean => {
    if (Array.isArray(v)) return v.every((item, i) => walk(item, path ? `${path}.${i}` : String(i)));
    if (v && typeof v === 'object') {
      for (const [name, item] of Object.entries(v)) {
        // integer-like keys are reordered by JavaScript: the walk would lose the source order
        if (isIndex(name) || !take(name) || !walk(item, path ? `${path}.${name}` : name, name)) return false;
      }
      return true;
    }
    return take(v, path, key);
  };
  return walk(value, '') && k === scalars.length ? out : undefined;
}

/** YAML's white space: space, tab and line breaks */
const isBlank = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;
const isIndex = (name: string) => {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return name.length > 0;
};

const placed = new WeakMap<FrontMatter, PlacedScalar[] | null>();

/** placeScalars for a note's front matter, worked out once */
export function placedScalars(fm: FrontMatter, text: string): readonly PlacedScalar[] | undefined {
  if (!fm.scalars || fm.value === undefined) return undefined;
  let p = placed.get(fm);
  if (p === undefined) {
    p = placeScalars(text.slice(fm.start, fm.end), fm.value, fm.scalars) ?? null;
    placed.set(fm, p);
  }
  return p ?? undefined;
}

const YAML_REASONS: Record<string, { vi: string; en: string }> = {
  BAD_INDENT: { vi: 'thụt lề không đúng', en: 'bad indentation' },
  TAB_AS_INDENT: { vi: 'dùng phím Tab để thụt lề (hãy dùng dấu cách)', en: 'tab used for indentation (use spaces)' },
  MISSING_CHAR: { vi: 'thiếu ký tự đóng (dấu ngoặc hoặc dấu nháy)', en: 'a closing bracket or quote is missing' },
  UNCLOSED_SEQ: { vi: 'dấu "[" mở danh sách ở đây chưa có dấu "]" đóng', en: 'the "[" opening a list here has no closing "]"' },
  UNCLOSED_MAP: { vi: 'dấu "{" mở ở đây chưa có dấu "}" đóng', en: 'the "{" opened here has no closing "}"' },
  UNCLOSED_QUOTE: { vi: 'dấu nháy mở ở đây chưa được đóng', en: 'the quote opened here is never closed' },
  SEQ_INDENT: { vi: 'dòng này thụt lề khác các dòng cùng mục ở trên (hoặc thiếu "- " của một mục danh sách)', en: 'this line is indented unlike the lines of the same item above (or lacks the "- " of a list item)' },
  MISSING_COLON: { vi: 'khóa không có dấu ":" theo sau (hoặc giá trị cần đặt trong dấu nháy)', en: 'a key without a ":" after it (or a value that needs quotes)' },
  SEQ_ON_KEY_LINE: { vi: 'dấu "- " đứng sau khóa trên cùng một dòng: viết danh sách ở các dòng dưới, hoặc đặt giá trị trong dấu nháy', en: 'a "- " after a key on the same line: write the list on the lines below, or quote the value' },
  YAML_OTHER: { vi: 'cấu trúc YAML không đúng ở đây', en: 'the YAML structure is wrong here' },
  VALUE_COLON: { vi: 'giá trị có dấu ":" theo sau là dấu cách nên phải đặt cả giá trị trong dấu nháy kép ("…")', en: 'a value holding ": " must be put in double quotes ("…")' },
  COLON_SPACE: { vi: 'thiếu dấu cách sau dấu ":" của khóa (viết "khóa: giá trị")', en: 'a space is missing after the key\'s ":" (write "key: value")' },
  MULTILINE_IMPLICIT_KEY: { vi: 'khóa viết trên nhiều dòng; có thể thiếu dấu ":" hoặc dấu nháy', en: 'a key spans several lines; a ":" or a quote may be missing' },
  BLOCK_AS_IMPLICIT_KEY: { vi: 'khối nội dung đặt sai chỗ làm khóa', en: 'a block is used as a key' },
  UNEXPECTED_TOKEN: { vi: 'ký tự không mong đợi', en: 'unexpected character' },
  BAD_SCALAR_START: { vi: 'giá trị bắt đầu bằng ký tự không hợp lệ (hãy đặt trong dấu nháy)', en: 'a value starts with a reserved character (quote it)' },
  BAD_DQ_ESCAPE: { vi: 'ký tự thoát không hợp lệ trong chuỗi nháy kép', en: 'invalid escape in a double-quoted string' },
  MISSING_ANCHOR: { vi: 'bí danh "*…" trỏ tới neo "&…" không có (nếu "*" là chữ, hãy đặt giá trị trong dấu nháy)', en: 'an alias "*…" refers to no anchor "&…" (if the "*" is text, quote the value)' },
};
export const yamlReason = (code: string, lang: 'vi' | 'en', fallback: string) => YAML_REASONS[code]?.[lang] ?? fallback;

/** `yaml`'s reading of a YAML text, its problems in our terms (the config file is read so too) */
export function parseYaml(src: string, offset: number, problems: FrontMatterProblem[]) {
  const doc = parseDocument(src, YAML_OPTIONS);
  for (const e of doc.errors) {
    const dup = e.code === 'DUPLICATE_KEY';
    const placed = placeYamlError(src, e.code, e.message, e.pos);
    problems.push({
      id: 'yaml',
      messageId: dup ? 'duplicate-key' : 'syntax',
      data: dup ? { key: keyAt(src, e.pos[0]) } : { code: placed.code, reason: e.message.split('\n')[0].replace(/ at line \d+, column \d+.*$/, '') },
      start: offset + (dup ? e.pos[0] : placed.start),
      end: offset + (dup ? e.pos[1] : placed.end),
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
  } catch (e) {
    // "*name" with no "&name" before it: a slip (a "*" meant as text), told at the alias
    const missing = /Unresolved alias[^:]*: (.+)$/.exec(e instanceof Error ? e.message : '')?.[1];
    const at = missing ? new RegExp(`\\*${missing.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`).exec(src) : null;
    if (missing) {
      const start = at ? at.index : 0;
      problems.push({ id: 'yaml', messageId: 'syntax', data: { code: 'MISSING_ANCHOR', reason: `unresolved alias *${missing}` }, start: offset + start, end: offset + start + (at ? at[0].length : src.length), fatal: true });
    } else problems.push({ id: 'yaml', messageId: 'alias-limit', start: offset, end: offset + src.length, fatal: true });
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
  // a quoted key is named without its quotes: the message puts its own around it
  return m ? m[1].trim().replace(/^(["'])(.*)\1$/, '$2') : '?';
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
