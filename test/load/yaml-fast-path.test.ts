// js-yaml reads plain front matter; `yaml` stays the reference. Values, scalar spans and value
// offsets must be the same either way, on every shipped note and on the YAML corners.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { buildNote } from '../../src/model/note.js';
import { scalarSpans, spansOfDocument } from '../../src/rules/spans.js';
import { nodeAt, placeScalars } from '../../src/load/frontmatter.js';
import { markdownFilesUnder } from '../helpers/notes.js';
// @ts-expect-error plain JS module without types
import { makeNote, prng } from '../../bench/generate.js';

const root = path.resolve(import.meta.dirname, '../..');

function compare(text: string) {
  const note = buildNote('x.md', text);
  const fm = note.frontMatter!;
  const src = text.slice(fm.start, fm.end);
  const reference = parseDocument(src, { uniqueKeys: true, strict: true, version: '1.2', schema: 'core' });
  const offsets = fm.scalars ? placeScalars(src, fm.value, fm.scalars) : undefined;
  const placed: Record<string, [number, number] | undefined> = {};
  const expected: Record<string, [number, number] | undefined> = {};
  for (const { path: p, start, end } of offsets ?? []) {
    placed[p] = [start, end];
    const node = nodeAt(reference, p.split('.').map((x) => (/^\d+$/.test(x) ? Number(x) : x))).node as { range?: number[] } | null;
    expected[p] = node?.range ? [node.range[0], node.range[1]] : undefined;
  }
  return { fast: !!fm.scalars, paired: !!offsets, value: fm.value, expectedValue: reference.toJS() ?? {}, spans: scalarSpans(note), expectedSpans: spansOfDocument(note), placed, expected };
}

const CORNERS: [string, string, boolean][] = [
  ['quotes, escapes, comments, block scalars, flow collections, nulls and numbers', [
    'title: "Làm việc \\"với\\" tỉnh"', "place: 'Bắc Kạn''s'", 'note: plain value', '  continued here', 'other: |', '  line one', '  line two',
    'folded: >-', '  a b', '  c d', 'list: [Bắc Kạn, "Hà Nội", 3]', 'members:', '  - name: Nguyễn Văn A', '    position: Chủ tịch', '  - Trần B',
    'empty:', 'n: 12', 'b: true', 'z: ~', '# comment: x', '"quoted key": value # trailing comment', 'date: 2024-05-16',
  ].join('\n'), true],
  ['sequences with odd spacing and flow mappings', 'title: x\nrecipients:\n  - Lãnh đạo Bộ (để báo cáo)\n  -   spaced item\nflow: {a: b, c: "d e"}', true],
  ['multi-line quoted values', 'title: "escaped \\t tab"\nt2: "multi\n  line quoted"', true],
  ['CRLF line ends', 'title: "CRLF"\r\nplace: Hà Nội\r\nlist:\r\n  - a b\r', true],
  ['duplicate keys (reference path)', 'a: 1\na: 2', false],
  ['anchors and aliases (reference path)', 'anchor: &x v\nref: *x', false],
  ['tags (reference path)', 'tag: !!str 12', false],
  ['an ampersand in a value (reference path, to be safe)', 'title: Bắc Kạn & Hà Nội', false],
];

describe('front matter: js-yaml fast path agrees with `yaml`', () => {
  const shipped = markdownFilesUnder('seeds', 'reports', 'test/fixtures');
  const r = prng(11);
  const texts: [string, string][] = [...shipped.map((f) => [path.relative(root, f), readFileSync(f, 'utf8').replace(/^\uFEFF/, '')] as [string, string]), ...Array.from({ length: 40 }, (_, i) => [`generated ${i}`, makeNote(r, i).text] as [string, string])];

  it.each(texts.filter(([, t]) => t.startsWith('---')))('%s', (_, text) => {
    const c = compare(text);
    if (!c.fast) return; // the reference path itself
    expect(c.paired).toBe(true);
    expect(c.value).toEqual(c.expectedValue);
    expect(c.spans).toEqual(c.expectedSpans);
    expect(c.placed).toEqual(c.expected);
  });

  it('takes the fast path for the shipped notes (the comparison above is not vacuous)', () => {
    expect(texts.filter(([, t]) => t.startsWith('---') && compare(t).fast).length).toBeGreaterThan(40);
  });

  it.each(CORNERS)('%s', (_, yaml, fast) => {
    const c = compare(`---\n${yaml}\n---\n\nNội dung.\n`);
    expect(c.fast).toBe(fast);
    expect(c.value).toEqual(c.expectedValue);
    expect(c.spans).toEqual(c.expectedSpans);
    if (fast) expect(c.placed).toEqual(c.expected);
  });
});
