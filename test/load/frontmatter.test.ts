// YAML syntax errors in the front matter: where they point and what they say.
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/lint.js';

const yamlErrors = (text: string, lang: 'vi' | 'en' = 'en') =>
  lintText('x.md', text, { lang }).result.messages.filter((m) => m.ruleId === 'yaml').map((m) => `${m.line}:${m.column} ${m.message}`);

describe('an unclosed bracket', () => {
  it('points at the "[" (not at the next line) and names the missing "]"', () => {
    const text = '---\ntype: lam-viec\ntitle: x\nplace: [Lạng Sơn\ndate: 2024-07-01\n---\n\n## Kết luận\n';
    expect(yamlErrors(text)).toEqual(['4:8 YAML syntax error: the "[" opening a list here has no closing "]".']);
    expect(yamlErrors(text, 'vi')).toEqual(['4:8 Lỗi cú pháp YAML: dấu "[" mở danh sách ở đây chưa có dấu "]" đóng.']);
  });

  it('with CRLF line ends, at the end of the front matter', () => {
    expect(yamlErrors('---\r\ntype: [x\r\n---\r\n')).toEqual(['2:7 YAML syntax error: the "[" opening a list here has no closing "]".']);
  });

  it('skips brackets inside quotes and comments, and finds an unclosed "{"', () => {
    const text = '---\ntype: lam-viec # [not this\nhost: {name: "a [b", short: \'c [d\'\nplace: x\n---\n';
    expect(yamlErrors(text)).toEqual(['3:7 YAML syntax error: the "{" opened here has no closing "}".']);
  });

  it('leaves other errors as they were', () => {
    expect(yamlErrors('---\ntype: lam-viec\n  title: x\n---\n')).toContain('2:7 YAML syntax error: a block is used as a key.');
    expect(yamlErrors('---\ntype: "lam-viec\ntitle: x\n---\n')[0]).toMatch(/closing bracket or quote is missing/);
  });
});
