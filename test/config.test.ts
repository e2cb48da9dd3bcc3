// Config file problems: file:line:col, the allowed values, unknown keys with the nearest key,
// JSON and YAML syntax errors in our words, in Vietnamese and English.
import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../src/config.js';
import { runCli, tempDir } from './helpers/cli.js';

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

  it('call old Mac (CR-only) line ends what they are, not a YAML syntax error', () => {
    expect(problem('bienban.config.yaml', 'lang: en\rtoneStyle: new\r')).toBe('bienban.config.yaml: the file ends its lines with CR alone (old Mac style); save it again with LF line ends.');
    expect(() => loadConfig((() => { const d = tempDir(); writeFileSync(path.join(d, 'bienban.config.yaml'), 'lang: en\r\ntoneStyle: new\r\n'); return d; })())).not.toThrow();
  });

  it('read a file with a BOM, and an empty file as no settings', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'bienban.config.json'), '\uFEFF{"lang": "en"}');
    expect(loadConfig(dir).lang).toBe('en');
    const empty = tempDir();
    writeFileSync(path.join(empty, 'bienban.config.yaml'), '');
    expect(loadConfig(empty)).toMatchObject({ file: path.join(empty, 'bienban.config.yaml') });
  });

  it('quote at most 40 characters of a value or key', () => {
    const message = problem('bienban.config.yaml', `lang: ${'x'.repeat(3000)}\n`);
    expect(message).toBe(`bienban.config.yaml:1:7: Invalid value "${'x'.repeat(39)}…" for "lang"; choose one of: vi, en.`);
  });

  // a typo there quietly brought back the built-in templates
  it('call a templates folder that is not there, or is a file, a config error at its line:col', () => {
    expect(problem('bienban.config.yaml', 'lang: en\ntemplates: khong-co-thu-muc\n')).toBe(
      'bienban.config.yaml:2:12: There is no template folder "khong-co-thu-muc". Fix the name, copy the built-in templates with "bienban init --templates" (into "templates/") and write "templates: templates", or remove the "templates" line to use the built-in templates.',
    );
    const dir = tempDir();
    writeFileSync(path.join(dir, 'tpl'), '');
    writeFileSync(path.join(dir, 'bienban.config.yaml'), 'templates: tpl\n');
    const r = runCli(['check'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('Lỗi: bienban.config.yaml:1:12: "tpl" là một tệp, không phải thư mục mẫu trình bày.\n');
    // a folder there is fine; init may be about to make it
    mkdirSync(path.join(dir, 'templates'));
    writeFileSync(path.join(dir, 'bienban.config.yaml'), 'templates: templates\n');
    expect(loadConfig(dir).templates).toBe('templates');
    writeFileSync(path.join(dir, 'bienban.config.yaml'), 'templates: tpl2\n');
    expect(runCli(['init', 'ws'], { cwd: dir }).code).toBe(0);
  });
});

describe('the config file', () => {
  it('that is a folder is said so in words, not as EISDIR (exit 2)', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'cdir'));
    const r = runCli(['check', '--config', 'cdir'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('Lỗi: Không đọc được tệp cấu hình cdir: đó là một thư mục, không phải tệp.\n');
    expect(runCli(['--lang', 'en', 'check', '--config', 'cdir'], { cwd: dir }).stderr).toBe('Error: Cannot read the config file cdir: it is a folder, not a file.\n');
  });

  it('beside another one in the same folder: a warning names the one used and the one ignored', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'bienban.config.yaml'), 'lang: en\n');
    writeFileSync(path.join(dir, 'bienban.config.yml'), 'lang: vi\n');
    mkdirSync(path.join(dir, 'sub'));
    const r = runCli(['rules'], { cwd: path.join(dir, 'sub') });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`Warning: more than one config file in the same folder; bienban uses ${path.join(dir, 'bienban.config.yaml')} and ignores ${path.join(dir, 'bienban.config.yml')}. Merge them into one file.\n`);
    expect(loadConfig(dir)).toMatchObject({ lang: 'en', unused: [path.join(dir, 'bienban.config.yml')] });
    // a file named with --config: the other is not looked for
    writeFileSync(path.join(dir, 'bienban.config.yml'), '');
    expect(runCli(['rules', '--config', 'bienban.config.yml'], { cwd: dir }).stderr).toBe('');
  });
});
