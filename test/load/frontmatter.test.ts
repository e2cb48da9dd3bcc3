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
  });
});

describe('other slips, at the slip', () => {
  const note = (line: string) => `---\n# yaml-language-server: $schema=x\ntype: lam-viec\n${line}\ndate: 2024-07-01\nplace: x\n---\n\n## Kết luận\n`;

  it('an unclosed quote: at the quote, not at the end of the front matter', () => {
    expect(yamlErrors(note('title: "Làm việc với UBND'))).toEqual(['4:8 YAML syntax error: the quote opened here is never closed.']);
    expect(yamlErrors(note("title: 'Làm việc với UBND"))).toEqual(['4:8 YAML syntax error: the quote opened here is never closed.']);
    expect(yamlErrors(note('title: "Làm việc với UBND'), 'vi')).toEqual(['4:8 Lỗi cú pháp YAML: dấu nháy mở ở đây chưa được đóng.']);
  });

  it('a value holding ": " (read as a nested key): at its colon, asking for quotes', () => {
    expect(yamlErrors(note('title: Làm việc: với UBND tỉnh'))).toEqual(['4:16 YAML syntax error: a value holding ": " must be put in double quotes ("…").']);
  });

  it('no space after a key\'s colon: at the colon', () => {
    expect(yamlErrors(note('place:Bắc Kạn'))).toEqual(['4:6 YAML syntax error: a space is missing after the key\'s ":" (write "key: value").']);
  });

  it('a missing top-level field points at the first key, past the schema comment', () => {
    const r = lintText('x.md', note('title: x').replace('place: x\n', ''), { lang: 'en' }).result.messages.filter((m) => m.ruleId === 'schema');
    expect(r.map((m) => `${m.line}:${m.column}`)).toContain('3:1');
    expect(r.every((m) => m.line !== 2)).toBe(true);
  });

  it('an alias with no anchor: at the alias, not "too many aliases" at the top', () => {
    expect(yamlErrors(note('title: *truong_doan'))).toEqual(['4:8 YAML syntax error: an alias "*…" refers to no anchor "&…" (if the "*" is text, quote the value).']);
  });

  it('a whole number expected: said so (was "must be undefined")', () => {
    const r = lintText('x.md', note('title: x\ncopies: 4.5'), { lang: 'en' }).result.messages.filter((m) => m.ruleId === 'schema');
    expect(r.map((m) => m.message)).toContain('The field "copies" must be a whole number.');
  });

  it('a line indented unlike its item, and a list begun on the key\'s line: said so, not "a closing bracket or quote is missing"', () => {
    const indent = '---\ntype: lam-viec\ndelegation:\n  members:\n    - name: A\n     position: B\n---\n';
    expect(yamlErrors(indent)[0]).toBe('6:1 YAML syntax error: this line is indented unlike the lines of the same item above (or lacks the "- " of a list item).');
    expect(yamlErrors(note('title: - Làm việc'))[0]).toBe('4:8 YAML syntax error: a "- " after a key on the same line: write the list on the lines below, or quote the value.');
    expect(yamlErrors(note('title: - Làm việc')).join('\n')).not.toContain('closing bracket or quote');
  });
});
