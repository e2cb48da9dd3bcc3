// lintText: what every diagnostic shares, whatever the rule.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { lintText } from '../src/lint.js';
import { ROOT } from './helpers/cli.js';

const seed = readFileSync(path.join(ROOT, 'seeds', '2024-07-23-ubnd-tinh-bac-kan.md'), 'utf8');

describe('messages', () => {
  it('quote a long value cut short, and keep it whole in data', () => {
    const long = 'Nguyễn Văn Một '.repeat(30).trim();
    const key = `khoa_${'x'.repeat(300)}`;
    const text = seed.replace(/^chair: .*$/m, `chair: ${long}`).replace(/^---\n/, `---\n${key}: 1\n`);
    const messages = lintText('note.md', text).result.messages;
    const chair = messages.find((m) => m.ruleId === 'chair-in-attendees')!;
    const unknown = messages.find((m) => m.ruleId === 'schema' && m.messageId === 'unknown-key')!;
    for (const m of [chair, unknown]) {
      expect(m.message.length, m.ruleId).toBeLessThan(250);
      expect(m.message).toContain('…');
    }
    expect(Object.values(chair.data ?? {})).toContain(long);
  });
});
