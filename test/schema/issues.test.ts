// Schema problems in our words: a missing field is "missing", whatever kind of value it needs.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { lintText } from '../../src/lint.js';
import { ROOT } from '../helpers/cli.js';

const SEED = readFileSync(path.join(ROOT, 'seeds/2024-07-23-ubnd-tinh-bac-kan.md'), 'utf8');
const schema = (text: string, lang: 'vi' | 'en' = 'en') => lintText('x.md', text, { lang }).result.messages.filter((m) => m.ruleId === 'schema');

describe('schema issues', () => {
  it('call a missing "type" (an enum) a missing required field, as any other missing field', () => {
    const [m] = schema(SEED.replace(/^type: .*\n/m, ''));
    expect(m).toMatchObject({ messageId: 'required', message: 'Missing required field "type".', severity: 2 });
    expect(schema(SEED.replace(/^type: .*\n/m, ''), 'vi')[0].message).toBe('Thiếu trường bắt buộc "type".');
  });

  it('still list the allowed values for a wrong one', () => {
    const [m] = schema(SEED.replace(/^type: .*$/m, 'type: hop'));
    expect(m).toMatchObject({ messageId: 'enum', message: 'The field "type" must be one of: lam-viec, kiem-tra.' });
    // a list ending in "Q." ends the sentence once
    const [p] = schema(SEED.replace(/^    prefix: TM\.$/m, '    prefix: TT.'), 'vi');
    expect(p.message).toBe('Trường "notice.signer.prefix" phải là một trong: TM., KT., TL., TUQ., Q.');
  });
});

describe('date fields', () => {
  it('report a date in another format once, as a format error, not also as unreal', () => {
    const ms = schema(SEED.replace(/^date: .*$/m, 'date: 23/7/2024'));
    expect(ms.map((m) => m.messageId)).toEqual(['date-format']);
    expect(schema(SEED.replace(/^    date: 2016-05-16$/m, '    date: 16.5.2016')).map((m) => m.messageId)).toEqual(['date-format']);
  });

  it('still report an ISO date that is not on the calendar', () => {
    expect(schema(SEED.replace(/^date: .*$/m, 'date: 2024-02-30')).map((m) => m.messageId)).toEqual(['date-invalid']);
  });
});
