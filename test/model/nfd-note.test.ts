// A note typed in NFD (combining marks, as macOS and PDFs give) is checked as the same note in
// NFC: the same findings, at the file's own line and column, plus unicode-nfc's.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { lintText } from '../../src/lint.js';
import { ROOT } from '../helpers/cli.js';

const seed = readFileSync(path.join(ROOT, 'seeds', '2024-07-23-ubnd-tinh-bac-kan.md'), 'utf8');
// 23/7/2024 was a Tuesday; "Quyết định" is not "CT"
const nfc = seed.replace(/^## (.*)$/m, '## $1\n\nVào thứ Hai, ngày 23/7/2024, đoàn làm việc với tỉnh theo Quyết định số 16/CT-TTg.');
const nfd = nfc.normalize('NFD');
const errors = (text: string) => lintText('note.md', text).result.messages.filter((m) => m.ruleId !== 'unicode-nfc');

describe('a note in NFD', () => {
  it('gets every finding the NFC note gets, at the same line, at its own column', () => {
    const a = errors(nfc);
    const b = errors(nfd);
    expect(a.map((m) => m.ruleId)).toContain('weekday-date');
    expect(a.map((m) => m.ruleId)).toContain('document-type-agreement');
    expect(b.map((m) => [m.ruleId, m.messageId, m.message, m.line])).toEqual(a.map((m) => [m.ruleId, m.messageId, m.message, m.line]));
    for (const m of b) {
      // the column and end point at the same text in the NFD file
      const line = nfd.split('\n')[m.line - 1];
      const nfcLine = nfc.split('\n')[m.line - 1];
      const span = m.endLine === m.line ? line.slice(m.column - 1, m.endColumn - 1) : line.slice(m.column - 1);
      const a1 = a.find((x) => x.ruleId === m.ruleId && x.line === m.line && x.message === m.message)!;
      const nfcSpan = a1.endLine === a1.line ? nfcLine.slice(a1.column - 1, a1.endColumn - 1) : nfcLine.slice(a1.column - 1);
      expect(span.normalize('NFC'), m.ruleId).toBe(nfcSpan);
    }
  });

  it('is told to be NFC once per word, and --fix gives the NFC note fixed', () => {
    const r = lintText('note.md', nfd).result;
    const words = r.messages.filter((m) => m.ruleId === 'unicode-nfc');
    expect(words.length).toBeGreaterThan(100);
    expect(words[0].message).toMatch(/^Từ ".+" không ở dạng Unicode dựng sẵn \(NFC\)\.$/);
    const fixed = lintText('note.md', nfd, { fix: true }).result.output!;
    expect(fixed).toBe(lintText('note.md', nfc, { fix: true }).result.output ?? nfc);
  });
});
