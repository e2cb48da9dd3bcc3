// --fix on a deliberately messy note: complete, idempotent, and never changes what the note says.
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/lint.js';
import { RULES } from '../../src/rules/index.js';
import { exampleNote } from '../../src/rules/example-note.js';
import { messyNote, normalise } from './messy-note.js';

const fix = (text: string) => lintText('note.md', text, { fix: true }).result;

describe('--fix on a messy note', () => {
  const messy = messyNote();

  it('the messy note really is messy: each fixer has work to do', () => {
    const ids = new Set(lintText('note.md', messy.text).result.messages.map((m) => m.ruleId));
    for (const id of ['unicode-nfc', 'invisible-character', 'odd-space', 'doubled-space', 'straight-quote', 'tone-style', 'space-before-punctuation', 'space-after-punctuation', 'legacy-encoding']) {
      expect(ids, id).toContain(id);
    }
  });

  it('turns it back into the clean note, leaving no problem behind', () => {
    const r = fix(messy.text);
    expect(r.output).toBe(messy.clean);
    expect(r.messages).toEqual([]);
  });

  it('changes nothing but spacing, quotes, invisible characters and diacritics, outside the legacy lines', () => {
    const out = fix(messy.text).output!;
    let before = messy.text;
    for (const l of messy.legacy) before = before.replace(l.encoded, l.unicode);
    expect(normalise(out)).toBe(normalise(before));
    for (const l of messy.legacy) expect(out).toContain(l.unicode);
    // the normaliser is not blind: a real change of wording shows
    expect(normalise(out.replace('kiến nghị', 'đề nghị'))).not.toBe(normalise(before));
  });

  it('is idempotent: a second run changes nothing', () => {
    const once = fix(messy.text).output!;
    const twice = fix(once);
    expect(twice.output).toBeUndefined();
    expect(twice.fixableErrorCount + twice.fixableWarningCount).toBe(0);
  });

  it('keeps CRLF line ends', () => {
    const crlf = messy.text.replace(/\n/g, '\r\n');
    const out = fix(crlf).output!;
    expect(out).toBe(messy.clean.replace(/\n/g, '\r\n'));
    expect(out.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('never rewrites a note whose YAML does not parse', () => {
    const broken = messy.text.replace('copies: 4', 'copies: [4');
    const r = fix(broken);
    expect(r.messages.some((m) => m.fatal)).toBe(true);
    expect(r.output).toBeUndefined();
    // mojibake is still reported (legacy-encoding runs on a broken front matter)
    expect(r.messages.some((m) => m.ruleId === 'legacy-encoding')).toBe(true);
  });

  it('never rewrites a note with a duplicate key, though its YAML reads', () => {
    const dup = messy.text.replace('copies: 4', 'copies: 4\ncopies: 5');
    const r = fix(dup);
    expect(r.messages.some((m) => m.ruleId === 'yaml' && m.messageId === 'duplicate-key')).toBe(true);
    expect(r.messages.some((m) => m.fatal)).toBe(false);
    expect(r.output).toBeUndefined();
    expect(r.messages.find((m) => m.messageId === 'duplicate-key')!.message).toContain('"copies"');
    expect(r.messages.find((m) => m.messageId === 'duplicate-key')!.message).not.toContain('""');
    expect(fix(dup.replace('copies: 5', '"copies": 5')).messages.find((m) => m.messageId === 'duplicate-key')!.message).not.toContain('""');
  });

  it.each(RULES.filter((r) => r.fixable).map((r) => [r.id, r] as const))('is idempotent on the wrong example of %s', (_id, rule) => {
    const once = fix(exampleNote(rule.examples.wrong));
    expect(once.output, 'the wrong example has something to fix').toBeDefined();
    expect(fix(once.output!).output).toBeUndefined();
  });
});
