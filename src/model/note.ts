// load → validate → model: one note's text becomes front-matter data (validated) plus its sections as mdast trees.
import type { Root } from 'mdast';
import type { Document, ParsedNode } from 'yaml';
import { LineIndex } from '../load/lines.js';
import { splitFrontMatter, type FrontMatter } from '../load/frontmatter.js';
import { noteSchema, type NoteData } from '../schema/note.js';
import { schemaProblems, type SchemaProblem } from '../schema/issues.js';
import { splitSections, type Section } from './sections.js';
import { parseMarkdown } from './markdown.js';
import { toNfc, sourceOffset, type NfcText } from '../text/nfc.js';
import type { RootContent } from 'mdast';

export interface Note {
  path: string;
  /** the file text, BOM removed, line ends as written, in NFC: every rule reads it so */
  text: string;
  lines: LineIndex;
  /** the file's own text, when it is not NFC: positions shown to the user are in it (filePosition) */
  source?: { text: string; lines: LineIndex; nfc: NfcText };
  frontMatter: FrontMatter | null;
  /** the YAML document (positions), when it parsed */
  yaml?: Document.Parsed<ParsedNode>;
  /** the raw front-matter value, when it parsed */
  raw?: Record<string, unknown>;
  /** the validated front matter; absent when the schema found errors */
  data?: NoteData;
  schemaProblems: SchemaProblem[];
  tree: Root;
  preamble: RootContent[];
  sections: Section[];
}

export function buildNote(path: string, fileText: string): Note {
  const nfc = toNfc(fileText);
  const text = nfc ? nfc.text : fileText;
  const lines = new LineIndex(text);
  const fm = splitFrontMatter(text);
  const tree = parseMarkdown(text, fm ? fm.bodyStart : 0, lines);
  const { preamble, sections } = splitSections(tree, text.length);
  const note: Note = { path, text, lines, frontMatter: fm, schemaProblems: [], tree, preamble, sections };
  if (nfc) note.source = { text: fileText, lines: new LineIndex(fileText), nfc };
  // the `yaml` document is parsed only when a rule or a diagnostic needs a node's offset
  Object.defineProperty(note, 'yaml', { enumerable: true, get: () => fm?.doc });
  if (!fm || fm.problems.some((p) => p.fatal) || fm.value === undefined) return note;
  note.raw = fm.value as Record<string, unknown>;
  let r = noteSchema.safeParse(fm.value);
  if (!r.success) {
    note.schemaProblems = schemaProblems(r.error.issues, fm.doc, fm.value, noteSchema, fm.end - fm.start);
    // unknown keys are only warnings: validate again without them
    if (note.schemaProblems.every((p) => p.severity === 1)) {
      const stripped = structuredClone(fm.value) as Record<string, unknown>;
      for (const issue of r.error.issues) {
        if (issue.code !== 'unrecognized_keys') continue;
        let target: any = stripped;
        for (const seg of issue.path) target = target?.[seg as any];
        for (const k of issue.keys) if (target) delete target[k];
      }
      r = noteSchema.safeParse(stripped);
    }
  }
  if (r.success) note.data = r.data;
  return note;
}

/** an offset into `note.text` in the file's own text (they differ when the file is not NFC) */
export function fileOffset(note: Note, offset: number, end = false): number {
  return note.source ? sourceOffset(note.source.nfc, offset, end) : offset;
}

/** line and column in the file of an offset into `note.text` */
export function filePosition(note: Note, offset: number, end = false): { line: number; column: number } {
  return note.source ? note.source.lines.position(sourceOffset(note.source.nfc, offset, end)) : note.lines.position(offset);
}
