// Selection by front-matter date: option parsing, quarter bounds, the cheap date reader.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { BienbanError } from '../../src/errors.js';
import { inSelection, parseSelection, quarterLabelVi, quarterRange, readNoteDate, readNotes, selectNotes } from '../../src/batch/select.js';

const ROOT = path.resolve(__dirname, '../..');

describe('parseSelection', () => {
  it('is undefined without options (everything selected)', () => {
    expect(parseSelection({}, 'vi')).toBeUndefined();
  });
  it('turns a quarter into its first and last day, leap years included', () => {
    expect(parseSelection({ quarter: '2024-Q3' }, 'vi')).toEqual({ quarter: '2024-Q3', since: '2024-07-01', until: '2024-09-30' });
    expect(quarterRange(2024, 1)).toEqual({ since: '2024-01-01', until: '2024-03-31' });
    expect(quarterRange(2023, 4)).toEqual({ since: '2023-10-01', until: '2023-12-31' });
    expect(parseSelection({ quarter: '2024-q1' }, 'vi')?.quarter).toBe('2024-Q1');
  });
  it('keeps the tighter bound when --since/--until are combined with --quarter', () => {
    expect(parseSelection({ quarter: '2024-Q3', since: '2024-08-01' }, 'vi')).toMatchObject({ since: '2024-08-01', until: '2024-09-30' });
    expect(parseSelection({ quarter: '2024-Q3', since: '2024-01-01', until: '2024-12-31' }, 'vi')).toMatchObject({ since: '2024-07-01', until: '2024-09-30' });
  });
  it('rejects bad values with a usage error in the chosen language', () => {
    const fail = (o: Parameters<typeof parseSelection>[0], lang: 'vi' | 'en') => {
      try {
        parseSelection(o, lang);
      } catch (e) {
        expect(e).toBeInstanceOf(BienbanError);
        expect((e as BienbanError).code).toBe('USAGE');
        return (e as Error).message;
      }
      throw new Error('no error');
    };
    expect(fail({ quarter: '2024-Q5' }, 'vi')).toMatch(/--quarter.*2024-Q3/);
    expect(fail({ quarter: 'Q3-2024' }, 'en')).toMatch(/Invalid --quarter value "Q3-2024"/);
    expect(fail({ since: '2024-02-30' }, 'vi')).toMatch(/--since.*ngày có thật/);
    expect(fail({ until: '24-07-01' }, 'en')).toMatch(/--until/);
    expect(fail({ since: '2024-09-01', until: '2024-08-01' }, 'vi')).toMatch(/2024-09-01.*2024-08-01/);
  });
});

describe('inSelection', () => {
  const q3 = parseSelection({ quarter: '2024-Q3' }, 'vi');
  it('includes both ends of the range and nothing beyond', () => {
    expect(inSelection(q3, '2024-06-30')).toBe(false);
    expect(inSelection(q3, '2024-07-01')).toBe(true);
    expect(inSelection(q3, '2024-09-30')).toBe(true);
    expect(inSelection(q3, '2024-10-01')).toBe(false);
  });
  it('treats a missing bound as open', () => {
    const since = parseSelection({ since: '2024-08-01' }, 'vi');
    expect(inSelection(since, '2031-01-01')).toBe(true);
    expect(inSelection(since, '2024-07-31')).toBe(false);
    const until = parseSelection({ until: '2024-08-01' }, 'vi');
    expect(inSelection(until, '2000-01-01')).toBe(true);
    expect(inSelection(until, '2024-08-02')).toBe(false);
  });
  it('labels quarters the Vietnamese way', () => {
    expect(quarterLabelVi('2024-Q3')).toBe('quý III/2024');
    expect(quarterLabelVi('2025-Q4')).toBe('quý IV/2025');
  });
});

describe('readNoteDate', () => {
  it('reads the date of a real note', () => {
    const text = readFileSync(path.join(ROOT, 'reports/2024/Q3/2024-07-16-ubnd-tinh-cao-bang.md'), 'utf8');
    expect(readNoteDate(text)).toBe('2024-07-16');
  });
  it('accepts quotes, comments, CRLF and a BOM; falls back to YAML for flow style', () => {
    expect(readNoteDate('---\ntype: x\ndate: "2024-07-02" # ngày\n---\n')).toBe('2024-07-02');
    expect(readNoteDate("\uFEFF---\r\ndate: '2024-07-03'\r\n---\r\nbody")).toBe('2024-07-03');
    expect(readNoteDate('---\n{ type: x, date: 2024-07-04 }\n---\n')).toBe('2024-07-04');
  });
  it('only looks inside the front matter and ignores impossible dates', () => {
    expect(readNoteDate('no front matter\ndate: 2024-07-01\n')).toBeUndefined();
    expect(readNoteDate('---\ntitle: x\n---\ndate: 2024-07-01\n')).toBeUndefined();
    expect(readNoteDate('---\ndate: 2024-02-30\n---\n')).toBeUndefined();
    expect(readNoteDate('---\ndate: [broken\n---\n')).toBeUndefined();
  });
});

describe('selectNotes', () => {
  it('splits selected and undated notes; without a selection an undated note is simply selected', async () => {
    const files = { a: '---\ndate: 2024-07-01\n---\n', b: '---\ndate: 2024-10-01\n---\n', c: 'no date', d: undefined };
    const notes = await readNotes(Object.keys(files), async (f) => {
      const t = files[f as keyof typeof files];
      if (t === undefined) throw new Error('ENOENT');
      return new TextEncoder().encode(t);
    });
    expect(notes.map((n) => [n.file, n.date, !!n.hash])).toEqual([['a', '2024-07-01', true], ['b', '2024-10-01', true], ['c', undefined, true], ['d', undefined, false]]);
    const q3 = selectNotes(notes, parseSelection({ quarter: '2024-Q3' }, 'vi'));
    expect(q3.selected.map((n) => n.file)).toEqual(['a']);
    expect(q3.undated.map((n) => n.file)).toEqual(['c', 'd']);
    expect(selectNotes(notes, undefined).selected.map((n) => n.file)).toEqual(['a', 'b', 'c', 'd']);
  });
});
