// bienban-disable / bienban-enable comments: a misspelt id is reported where the comment is,
// with the nearest rule id, instead of silently leaving the rule on.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { lintText } from '../../src/lint.js';
import { ROOT, runCli } from '../helpers/cli.js';

const SEED = readFileSync(path.join(ROOT, 'seeds/2024-07-23-ubnd-tinh-bac-kan.md'), 'utf8');
const BAD_DATE = SEED.replace('ngày 16/5/2016', 'ngày 16/5/20216');

/** the seed with an impossible date in its body and `comment` on the body's first line */
function withComment(comment: string): { text: string; line: number } {
  const body = BAD_DATE.indexOf('\n---\n') + 5;
  return { text: `${BAD_DATE.slice(0, body)}${comment}\n${BAD_DATE.slice(body)}`, line: BAD_DATE.slice(0, body).split('\n').length };
}
const lint = (text: string, lang: 'vi' | 'en' = 'en') => lintText('x.md', text, { lang }).result.messages;

describe('disable comments', () => {
  it('turn a rule off by its id, with no other word', () => {
    expect(lint(BAD_DATE).some((m) => m.ruleId === 'date-valid')).toBe(true);
    const messages = lint(withComment('<!-- bienban-disable date-valid -->').text);
    expect(messages.filter((m) => m.ruleId === 'date-valid' || m.ruleId === 'disable-comment')).toEqual([]);
  });

  it('turn every rule back on with a bare enable, those turned off by name too', () => {
    const messages = lint(withComment('<!-- bienban-disable date-valid -->\n<!-- bienban-enable -->').text);
    expect(messages.some((m) => m.ruleId === 'date-valid')).toBe(true);
  });

  it('turn back on only the rule an enable names after a bare disable, as ESLint does', () => {
    const text = withComment('<!-- bienban-disable -->\n<!-- bienban-enable date-valid -->').text.replace('ngày 16/5/20216', 'ngày  16/5/20216');
    expect(lint(text.replace('<!-- bienban-disable -->', '')).some((m) => m.ruleId === 'doubled-space')).toBe(true);
    const ids = lint(text).map((m) => m.ruleId);
    expect(ids).toContain('date-valid');
    expect(ids).not.toContain('doubled-space');
    // and a later bare enable brings the rest back
    expect(lint(`${text}\n<!-- bienban-enable -->\n\nHai  dấu cách.\n`).some((m) => m.ruleId === 'doubled-space')).toBe(true);
  });

  it('report an unknown id at the comment, as a warning suggesting the nearest rule, in both languages', () => {
    const { text, line } = withComment('<!-- bienban-disable date-vaild -->');
    const messages = lint(text);
    expect(messages.some((m) => m.ruleId === 'date-valid')).toBe(true); // the typo turned nothing off
    const [m] = messages.filter((x) => x.ruleId === 'disable-comment');
    expect(m).toMatchObject({ messageId: 'unknown-rule', severity: 1, line, column: 1, data: { id: 'date-vaild' } });
    expect(m.message).toBe('There is no rule "date-vaild"; this bienban-disable comment has no effect. Did you mean "date-valid"?');
    const [v] = lint(text, 'vi').filter((x) => x.ruleId === 'disable-comment');
    expect(v.message).toBe('Không có quy tắc "date-vaild"; chú thích bienban-disable này không có tác dụng. Có phải ý bạn là "date-valid"?');
  });

  it('report every unknown id of a comment, enable comments too, and loader ids as not turned off', () => {
    const { text } = withComment('<!-- bienban-enable zzz, schema doubled-space -->');
    const found = lint(text).filter((m) => m.ruleId === 'disable-comment').map((m) => `${m.messageId} ${m.data!.id}`);
    expect(found).toEqual(['unknown-rule zzz', 'not-a-rule schema']);
    expect(lint(text).find((m) => m.data?.id === 'zzz')!.message).not.toContain('Did you mean');
  });
});

describe('bienban explain disable-comment', () => {
  it('says what it reports and that it is no rule', () => {
    const r = runCli(['explain', 'disable-comment', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('name only real rule ids');
    expect(r.stdout).toContain('not by a rule');
  });
});
