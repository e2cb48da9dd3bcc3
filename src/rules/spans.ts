// Where rules look: prose text nodes of the body and string scalars of the front matter,
// each with the exact offset of its first character in the file.
import { visit, isScalar, isPair, type Document, type ParsedNode, type Scalar } from 'yaml';
import type { Note } from '../model/note.js';

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
      // a value over several lines (plain, quoted, | or >): each source line, indentation
      // stripped, stands verbatim in the value; a line that does not (escapes) is left out
      const end = base + node.range[1];
      let lineStart = base + node.range[0];
      while (lineStart < end) {
        let lineEnd = note.text.indexOf('\n', lineStart);
        if (lineEnd < 0 || lineEnd > end) lineEnd = end;
        const raw = note.text.slice(lineStart, lineEnd).replace(/\r$/, '');
        const lead = raw.length - raw.trimStart().length;
        const line = raw.trim().replace(/^["']|["']$/g, '');
        if (line && !/^[|>][-+0-9]*$/.test(line) && node.value.includes(line)) {
          out.push({ text: line, start: note.text.indexOf(line, lineStart + lead), path: path2 });
        }
        lineStart = lineEnd + 1;
      }
    },
  });
  return out;
}
