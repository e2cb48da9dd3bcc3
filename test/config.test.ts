// Config file problems: file:line:col, the allowed values, unknown keys with the nearest key,
// JSON and YAML syntax errors in our words, in Vietnamese and English.
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../src/config.js';
import { tempDir } from './helpers/cli.js';

/** the message loadConfig throws for a config file holding `text` */
function problem(name: string, text: string, lang: 'vi' | 'en' = 'en'): string {
  const dir = tempDir();
  writeFileSync(path.join(dir, name), text);
  try {
    loadConfig(dir, undefined, lang);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('no error');
}

describe('config problems', () => {
  it('list the allowed values of an enum, with the nearest one', () => {
    expect(problem('bienban.config.yaml', 'rules:\n  date-valid: warning\n')).toBe(
      'bienban.config.yaml:2:15: Invalid value "warning" for "rules.date-valid"; choose one of: off, warn, error. Did you mean "warn"?',
    );
    expect(problem('bienban.config.yaml', 'rules: {date-valid: warning}\n', 'vi')).toBe(
      'bienban.config.yaml:1:21: Giá trị "warning" của "rules.date-valid" không hợp lệ; chọn một trong: off, warn, error. Có phải ý bạn là "warn"?',
    );
    expect(problem('bienban.config.yaml', 'lang: fr\n')).toBe('bienban.config.yaml:1:7: Invalid value "fr" for "lang"; choose one of: vi, en.');
  });

  it('call an unknown key unknown, suggesting a close key or else listing them', () => {
    expect(problem('bienban.config.yaml', 'lang: en\nlnag: en\n')).toBe('bienban.config.yaml:2:1: Unknown key "lnag" in the config. Did you mean "lang"?');
    expect(problem('bienban.config.yaml', 'foo: 1\n')).toBe('bienban.config.yaml:1:1: Unknown key "foo" in the config. The keys are: lang, toneStyle, rules, templates, font, out, ignore.');
    expect(problem('bienban.config.yaml', 'foo: 1\n', 'vi')).toMatch(/^bienban\.config\.yaml:1:1: Cấu hình không có khóa "foo"\. Các khóa có thể dùng: lang, /);
  });

  it('name the expected type, and every problem of the file', () => {
    expect(problem('bienban.config.yaml', 'ignore: README.md\nrules:\n  date-vaild: off\n').split('\n')).toEqual([
      'bienban.config.yaml:1:9: The value of "ignore" must be a list.',
      'bienban.config.yaml:3:3: There is no rule "date-vaild". Did you mean "date-valid"?',
    ]);
  });

  it('give a JSON syntax error at line:col, in our words', () => {
    expect(problem('bienban.config.json', '{\n  "lang": "en",\n  "out": "x",\n}\n')).toBe('bienban.config.json:3:13: JSON syntax error: a comma before "}" is not allowed.');
    expect(problem('bienban.config.json', '{\n  "lang": "en",\n}\n', 'vi')).toBe('bienban.config.json:2:15: Lỗi cú pháp JSON: không được có dấu phẩy ngay trước "}".');
    expect(problem('bienban.config.json', '{\n  lang: "en"\n}\n')).toBe('bienban.config.json:2:3: JSON syntax error: a key must be in double quotes.');
    expect(problem('bienban.config.json', '{"rules": {"date-valid": "warning"}}')).toMatch(/^bienban\.config\.json:1:26: Invalid value "warning"/);
  });

  it('give a YAML syntax error at line:col with its reason', () => {
    expect(problem('bienban.config.yaml', 'rules: [\n')).toBe('bienban.config.yaml:1:8: YAML syntax error: the "[" opening a list here has no closing "]".');
    expect(problem('bienban.config.yaml', 'rules: [\n', 'vi')).toBe('bienban.config.yaml:1:8: Lỗi cú pháp YAML: dấu "[" mở danh sách ở đây chưa có dấu "]" đóng.');
    expect(problem('bienban.config.yaml', 'lang: en\nlang: vi\n')).toBe('bienban.config.yaml:2:1: The key "lang" is repeated.');
    expect(problem('bienban.config.yaml', '- lang: en\n')).toBe('bienban.config.yaml:1:1: The config file must be a mapping of key: value.');
  });

  it('read a file with a BOM, and an empty file as no settings', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'bienban.config.json'), '\uFEFF{"lang": "en"}');
    expect(loadConfig(dir).lang).toBe('en');
    const empty = tempDir();
    writeFileSync(path.join(empty, 'bienban.config.yaml'), '');
    expect(loadConfig(empty)).toMatchObject({ file: path.join(empty, 'bienban.config.yaml') });
  });
});
