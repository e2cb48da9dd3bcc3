// load → validate → model: one note's text becomes front-matter data (validated) plus its sections as mdast trees.
import type { Root } from 'mdast';
import type { Document, ParsedNode } from 'yaml';
import { LineIndex } from '../load/lines.js';
import { splitFrontMatter, type FrontMatter } from '../load/frontmatter.js';
import { noteSchema, type NoteData } from '../schema/note.js';
import { schemaProblems, type SchemaProblem } from '../schema/issues.js';
import { splitSections, type Section } from './sections.js';
import { parseMarkdown } from './markdown.js';
import type { RootContent } from 'mdast';

export interface Note {
  path: string;
  /** the file text, BOM removed, line ends as written */
  text: string;
  lines: LineIndex;
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

export function buildNote(path: string, text: string): Note {
  const lines = new LineIndex(text);
  const fm = splitFrontMatter(text);
  const tree = parseMarkdown(text, fm ? fm.bodyStart : 0, lines);
  const { preamble, sections } = splitSections(tree, text.length);
  const note: Note = { path, text, lines, frontMatter: fm, schemaProblems: [], tree, preamble, sections };
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
