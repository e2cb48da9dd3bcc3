// Where rules look: prose text nodes of the body and string scalars of the front matter,
// each with the exact offset of its first character in the file.
import { visit, isScalar, isPair, type Document, type ParsedNode, type Scalar } from 'yaml';
import type { Note } from '../model/note.js';
import type { YamlScalar } from '../load/frontmatter.js';

export interface TextSpan {
  text: string;
  start: number;
}
export interface ScalarSpan extends TextSpan {
  path: (string | number)[];
}

export function proseSpans(note: Note): TextSpan[] {
  const out: TextSpan[] = [];
  const walk = (n: any) => {
    if (n.type === 'text' && n.position) {
      const s = n.position.start.offset as number;
      const e = n.position.end.offset as number;
      if (note.text.slice(s, e) === n.value) out.push({ text: n.value, start: s });
      else {
        // the value differs from the source: continuation lines lose their indentation (list
        // items), escapes and entities are decoded. Map line by line; a line that cannot be
        // found verbatim (an escape inside it) is left out rather than misplaced.
        let cursor = s;
        for (const line of n.value.split('\n')) {
          if (!line) continue;
          const i = note.text.indexOf(line, cursor);
          if (i < 0 || i + line.length > e) continue;
          out.push({ text: line, start: i });
          cursor = i + line.length;
        }
      }
      return;
    }
    if (n.type === 'code' || n.type === 'inlineCode' || n.type === 'html') return;
    if (n.children) for (const c of n.children) walk(c);
  };
  walk(note.tree);
  return out;
}

export function scalarSpans(note: Note): ScalarSpan[] {
  const fm = note.frontMatter;
  if (fm?.scalars && note.raw) return spansOfScalars(note.text, fm.start, fm.end, fm.scalars);
  return spansOfDocument(note);
}

/** from js-yaml's scalars: keys (followed by ":") name the value right after them */
function spansOfScalars(text: string, base: number, limit: number, scalars: readonly YamlScalar[]): ScalarSpan[] {
  const out: ScalarSpan[] = [];
  let key: { name: string; end: number } | undefined;
  for (const sc of scalars) {
    const close = base + sc.close;
    let s = base + sc.open;
    while (s < close && /\s/.test(text[s])) s++;
    if (KEY_AFTER.test(text.slice(close, Math.min(close + 2, limit + 1)))) {
      key = { name: String(sc.value), end: close };
      continue;
    }
    if (typeof sc.value !== 'string') continue;
    // a value right after its key (":" and blanks between) belongs to it; a list item does not
    const path = key && /^:\s*$/.test(text.slice(key.end, s)) ? [key.name] : [];
    const quoted = text[s] === '"' || text[s] === "'";
    const start = s + (quoted ? 1 : 0);
    if (text.slice(start, start + sc.value.length) === sc.value) {
      out.push({ text: sc.value, start, path });
      continue;
    }
    pushLines(out, text, s, close, sc.value, path);
  }
  return out;
}
const KEY_AFTER = /^:(?:\s|$)/;

/** a value over several lines (plain, quoted, | or >): each source line, indentation stripped,
 * stands verbatim in the value; a line that does not (escapes) is left out */
function pushLines(out: ScalarSpan[], text: string, from: number, end: number, value: string, path: string[]) {
  let lineStart = from;
  while (lineStart < end) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > end) lineEnd = end;
    const raw = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    const lead = raw.length - raw.trimStart().length;
    const line = raw.trim().replace(/^["']|["']$/g, '');
    if (line && !/^[|>][-+0-9]*$/.test(line) && value.includes(line)) {
      out.push({ text: line, start: text.indexOf(line, lineStart + lead), path });
    }
    lineStart = lineEnd + 1;
  }
}

/** from the `yaml` document (front matter that js-yaml did not read) */
export function spansOfDocument(note: Note): ScalarSpan[] {
  const doc = note.yaml as Document.Parsed<ParsedNode> | undefined;
  const base = note.frontMatter?.start ?? 0;
  if (!doc || !note.raw) return [];
  const out: ScalarSpan[] = [];
  visit(doc, {
    Scalar(key, node: Scalar, path) {
      if (key === 'key' || typeof node.value !== 'string' || !node.range) return;
      const parent = path[path.length - 1];
      const keyNode = isPair(parent) && isScalar(parent.key) ? String(parent.key.value) : undefined;
      const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
      const s = base + node.range[0] + (quoted ? 1 : 0);
      const path2 = keyNode ? [keyNode] : [];
      if (note.text.slice(s, s + node.value.length) === node.value) return void out.push({ text: node.value, start: s, path: path2 });
      pushLines(out, note.text, base + node.range[0], base + node.range[1], node.value, path2);
    },
  });
  return out;
}
