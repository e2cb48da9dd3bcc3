// The words of the command line: what a user is told, in which language, and that the counts
// and choices it names are the ones that apply.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli, tempDir, noStack, ROOT } from '../helpers/cli.js';

const SEED = readFileSync(path.join(ROOT, 'seeds/2024-07-23-ubnd-tinh-bac-kan.md'), 'utf8');

function note(dir: string, name: string, content: string | Buffer): string {
  const f = path.join(dir, name);
  writeFileSync(f, content);
  return f;
}

describe('render failures', () => {
  it('count what they list: the errors, not the warnings that do not stop a note', () => {
    const dir = tempDir();
    // two unknown fields (warnings) and an impossible date (an error)
    note(dir, 'x.md', SEED.replace('place:', 'foo: 1\nbar: 2\nplace:').replace('ngày 16/5/2016', 'ngày 16/5/20216'));
    const r = runCli(['render', 'x.md', '--to', 'html', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(1);
    const listed = r.stderr.split('\n').filter((l) => /^\s+x\.md:\d+:\d+/.test(l));
    expect(listed).toHaveLength(1);
    expect(listed[0]).toContain('date-valid');
    expect(r.stderr).toMatch(/✖ 1 problem \(1 error, 0 warnings\)/);
  });
});

describe('English counts', () => {
  it('are singular for one', () => {
    const dir = tempDir();
    note(dir, 'x.md', SEED.replace('place:', 'foo: 1\nplace:'));
    const r = runCli(['check', 'x.md', '--max-warnings', '0', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('✖ 1 problem (0 errors, 1 warning)');
    expect(r.stderr).toContain('1 warning, above --max-warnings 0.');
  });
});

describe('file messages', () => {
  it('tell a UTF-16 note to be saved as UTF-8', () => {
    const dir = tempDir();
    note(dir, 'u.md', Buffer.from(`\uFEFF${SEED}`, 'utf16le'));
    const r = runCli(['check', 'u.md', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('The file is UTF-16');
    expect(r.stdout).toContain('save it as UTF-8');
    expect(r.stdout).not.toContain('binary');
  });
});

describe('enumerated options', () => {
  it.each([
    [['check', 'seeds', '--format', 'xml'], 'stylish, json, sarif, junit, github'],
    [['rules', '--format', 'xml'], 'text, json'],
    [['render', 'seeds', '--to', 'xls'], 'html|pdf|docx'],
    [['render', 'seeds', '--doc', 'minutes'], 'bien-ban|thong-bao|all'],
    [['watch', 'seeds', '--doc', 'minutes'], 'bien-ban|thong-bao|all'],
    [['check', 'seeds', '--lang', 'fr'], 'vi|en'],
    [['new', 'x.md', '--yes', '--type', 'hop'], 'lam-viec'],
    [['completion', 'fish'], 'bash | zsh'],
  ])('reject a word not in the list, naming the list: %j', (args, list) => {
    const dir = tempDir();
    const r = runCli(args, { cwd: args.includes('seeds') ? ROOT : dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(list);
    expect(noStack(r.stderr)).toBe(true);
  });

  it('--doc lists "all" and suggests the nearest word', () => {
    const r = runCli(['render', 'seeds', '--doc', 'bienban', '--lang', 'en']);
    expect(r.stderr).toBe('Error: Invalid value "bienban" for --doc: bien-ban|thong-bao|all.\nDid you mean "bien-ban"?\n');
    const f = runCli(['rules', '--format', 'jsno', '--lang', 'en']);
    expect(f.stderr).toBe('Error: Format "jsno" is not supported; choose one of: text, json.\nDid you mean "json"?\n');
    expect(runCli(['check', 'seeds', '--lang', 'fr']).stderr).not.toContain('"vi"?'); // two letters: no guess
  });
});

describe('the config\'s lang', () => {
  /** a workspace whose config asks for English, with one note and a plain file */
  function english(config = 'lang: en\n', name = 'bienban.config.yaml'): string {
    const dir = tempDir();
    writeFileSync(path.join(dir, name), config);
    note(dir, 'a.md', SEED);
    note(dir, 'f', 'not a folder');
    return dir;
  }

  it.each([
    [['render', 'a.md', '--to', 'xls']],
    [['check', 'a.md', '--jobs', 'x']],
    [['render', 'a.md', '--quarter', 'x']],
    [['check', 'a.md', '--format', 'x']],
    [['check', 'a.md', '--max-warnings', 'x']],
    [['rules', '--format', 'x']],
    [['explain', 'date-vaild']],
    [['render', 'a.md', '--out', 'f']],
  ])('speaks for usage and other errors as --lang would: %j', (args) => {
    const r = runCli(args, { cwd: english() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^(Error: |Internal bienban error)/);
    expect(r.stderr).not.toMatch(/Lỗi|không/);
  });

  it('speaks for help, and for a JSON config or one given with --config', () => {
    expect(runCli(['render', '--help'], { cwd: english() }).stdout).toContain('render minutes / conclusion notices');
    expect(runCli(['--help'], { cwd: english('{"lang": "en"}', 'bienban.config.json') }).stdout).toContain('Check visit notes');
    const dir = english('lang: en\n', 'other.yaml');
    expect(runCli(['render', 'a.md', '--to', 'xls', '--config', 'other.yaml'], { cwd: dir }).stderr).toMatch(/^Error: /);
    expect(runCli(['render', 'a.md', '--to', 'xls', '--config=other.yaml'], { cwd: dir }).stderr).toMatch(/^Error: /);
  });

  it('gives way to --lang', () => {
    const dir = english();
    expect(runCli(['render', 'a.md', '--to', 'xls', '--lang', 'vi'], { cwd: dir }).stderr).toMatch(/^Lỗi: /);
    expect(runCli(['render', '--help', '--lang=vi'], { cwd: dir }).stdout).toContain('lập biên bản');
  });
});

describe('Commander\'s words', () => {
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  const ENGLISH = ['Usage:', 'Arguments:', 'Options:', 'Commands:', 'display help', 'output the version', 'default:', '[options]', '[command]'];

  it.each([['vi'], ['en']])('wrap at 80 columns in %s (Vietnamese terms are longer)', (lang) => {
    for (const args of [['--help'], ...['check', 'render', 'schema', 'rules', 'explain', 'new', 'init', 'watch', 'completion'].map((c) => [c, '--help'])]) {
      const long = runCli(['--lang', lang, ...args]).stdout.split('\n').filter((l) => l.length > 80);
      expect(long, args.join(' ')).toEqual([]);
    }
  });

  it.each([[['--help']], [['render', '--help']], [['check', '--help']], [['help', 'explain']]])('are Vietnamese in Vietnamese help: %j', (args) => {
    const r = runCli(args);
    expect(r.code).toBe(0);
    for (const w of ENGLISH) expect(r.stdout).not.toContain(w);
    expect(r.stdout).toMatch(/^Cách dùng: bienban/);
  });

  it('name defaults and the help option in Vietnamese, and stay Commander\'s in English', () => {
    const vi = flat(runCli(['render', '--help']).stdout);
    expect(vi).toContain('Cách dùng: bienban render [tùy chọn] [đường-dẫn...]');
    expect(vi).toContain('Tùy chọn: --to <formats>');
    expect(vi).toContain('(mặc định: "html,pdf")');
    expect(vi).toContain('-h, --help hiện hướng dẫn của lệnh');
    expect(flat(runCli(['--help']).stdout)).toContain('-v, --version in số phiên bản');
    const en = flat(runCli(['render', '--help', '--lang', 'en']).stdout);
    expect(en).toContain('Usage: bienban render [options] [paths...]');
    expect(en).toContain('(default: "html,pdf")');
    expect(en).toContain('-h, --help display help for command');
  });

  it.each([
    [['check', '--formt', 'x'], 'Lỗi: Không có tùy chọn "--formt".\n(Có phải ý bạn là --format?)', 'Error: Unknown option "--formt".\n(Did you mean --format?)'],
    [['chek'], 'Lỗi: Không có lệnh "chek".\n(Có phải ý bạn là check?)', 'Error: Unknown command "chek".\n(Did you mean check?)'],
    [['help', 'chek'], 'Lỗi: Không có lệnh "chek".\n(Có phải ý bạn là check?)', 'Error: Unknown command "chek".\n(Did you mean check?)'],
    [['explain'], 'Lỗi: Thiếu đối số bắt buộc "mã-quy-tắc".', 'Error: Missing required argument "rule".'],
    [['render', '--to'], 'Lỗi: Tùy chọn "--to <formats>" cần một giá trị.', 'Error: The option "--to <formats>" needs a value.'],
    [['schema', 'x'], 'Lỗi: Lệnh "schema" nhận tối đa 0 đối số, nhưng có 1.', 'Error: Too many arguments for "schema": it takes 0, got 1.'],
  ])('word parse errors as ours: %j', (args, vi, en) => {
    const r = runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr.startsWith(`${vi}\n`)).toBe(true);
    expect(r.stderr).toContain('Cách dùng:'); // the help that follows is Vietnamese too
    expect(runCli([...args, '--lang', 'en']).stderr.startsWith(`${en}\n`)).toBe(true);
  });
});

describe('rules and explain', () => {
  it('name severities in the words check prints, and the config keywords in English', () => {
    const vi = runCli(['rules']).stdout;
    expect(vi).toMatch(/^date-valid\s+lỗi\s/m);
    expect(vi).toMatch(/^date-format\s+cảnh báo\s+sửa\s/m);
    expect(vi).not.toMatch(/^\S+\s+(error|warn)\s/m);
    expect(vi).toContain('error (lỗi), warn (cảnh báo) hoặc off (tắt)');
    expect(runCli(['explain', 'date-format']).stdout.split('\n')[0]).toBe('date-format (cảnh báo, tự sửa được)');
    expect(runCli(['rules', '--lang', 'en']).stdout).toMatch(/^date-valid\s+error\s/m);
    expect(runCli(['explain', 'date-format', '--lang', 'en']).stdout.split('\n')[0]).toBe('date-format (warn, fixable)');
  });
});

describe('render warnings', () => {
  it('counts the rendered notes whose printed text has warnings (a missing number of copies), and points at check', () => {
    const dir = tempDir();
    note(dir, 'ok.md', SEED);
    note(dir, 'x.md', SEED.replace(/^copies: .*\n/m, ''));
    const r = runCli(['render', 'ok.md', 'x.md', '--to', 'html'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('1 ghi chép đã tạo văn bản nhưng còn cảnh báo về nội dung được in');
    const clean = runCli(['--lang', 'en', 'render', 'ok.md', '--to', 'html', '--force'], { cwd: dir });
    expect(clean.stderr).not.toContain('warnings');
  });
});

describe('inputs that name nothing', () => {
  it('a glob that matches no file is said so, once; a missing path once; "no notes found" only for an input that exists', () => {
    const dir = tempDir();
    const g = runCli(['check', 'x/**/*.MD'], { cwd: dir });
    expect(g.code).toBe(2);
    expect(g.stderr).toBe('Không có tệp nào khớp mẫu "x/**/*.MD".\n');
    expect(runCli(['render', 'nope/'], { cwd: dir }).stderr).toBe('Không tìm thấy đường dẫn "nope/".\n');
    expect(runCli(['check', '.'], { cwd: dir }).stderr).toBe('Không tìm thấy ghi chép nào (*.md) trong ".".\n');
  });
});
