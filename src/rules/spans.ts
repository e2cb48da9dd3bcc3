// Where rules look: prose text nodes of the body and string scalars of the front matter,
// each with the exact offset of its first character in the file.
import { visit, isScalar, isPair, type Document, type ParsedNode, type Scalar } from 'yaml';
import type { Note } from '../model/note.js';
import { placedScalars, type PlacedScalar } from '../load/frontmatter.js';

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
  if (!fm || !note.raw) return [];
  return spansOf(note.text, fm.start, placedScalars(fm, note.text) ?? documentScalars(note));
}

/** the same spans from the `yaml` document (the reference for js-yaml's placing, in tests) */
export function spansOfDocument(note: Note): ScalarSpan[] {
  const fm = note.frontMatter;
  return fm && note.raw ? spansOf(note.text, fm.start, documentScalars(note)) : [];
}

function spansOf(text: string, base: number, scalars: readonly PlacedScalar[]): ScalarSpan[] {
  const out: ScalarSpan[] = [];
  for (const sc of scalars) {
    if (typeof sc.value !== 'string') continue;
    const path = sc.key !== undefined ? [sc.key] : [];
    const quoted = text[base + sc.start] === '"' || text[base + sc.start] === "'";
    const start = base + sc.start + (quoted ? 1 : 0);
    if (text.slice(start, start + sc.value.length) === sc.value) out.push({ text: sc.value, start, path });
    else pushLines(out, text, base + sc.start, base + sc.end, sc.value, path);
  }
  return out;
}

/** string scalars of the `yaml` document with their ranges (keys left out) */
function documentScalars(note: Note): PlacedScalar[] {
  const doc = note.yaml as Document.Parsed<ParsedNode> | undefined;
  if (!doc) return [];
  const out: PlacedScalar[] = [];
  visit(doc, {
    Scalar(key, node: Scalar, path) {
      if (key === 'key' || typeof node.value !== 'string' || !node.range) return;
      const parent = path[path.length - 1];
      const pairKey = isPair(parent) && isScalar(parent.key) ? String(parent.key.value) : undefined;
      out.push({ path: '', ...(pairKey !== undefined ? { key: pairKey } : {}), value: node.value, start: node.range[0], end: node.range[1] });
    },
  });
  return out;
}

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
    if (line && !/^[|>][-+0-9]*$/.test(line)) {
      const at = text.indexOf(line, lineStart + lead);
      if (value.includes(line)) out.push({ text: line, start: at, path });
      else pushBetweenEscapes(out, line, at, value, path);
    }
    lineStart = lineEnd + 1;
  }
}

// a quoted scalar's escapes ("\"", "\\", "\u00e9", '' in single quotes) are not in the value as
// written; the text between them is, so rules still see it ("Dân vận khéo\" , với" keeps its " ,")
const ESCAPE = /\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)|''/g;

function pushBetweenEscapes(out: ScalarSpan[], line: string, at: number, value: string, path: string[]) {
  let from = 0;
  for (const m of [...line.matchAll(ESCAPE), { index: line.length, 0: '' }]) {
    const piece = line.slice(from, m.index);
    if (piece.trim() && value.includes(piece)) out.push({ text: piece, start: at + from, path });
    from = m.index! + m[0].length;
  }
}
