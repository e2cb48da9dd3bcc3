// A new user in an empty folder: init, new --yes, check, render — all through the built CLI.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, rmSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { VERSION } from '../../src/version.js';

const REPO = path.resolve(import.meta.dirname, '../..');
const BIN = path.join(REPO, 'bin/bienban.js');
const run = (cwd: string, ...args: string[]) => spawnSync('node', [BIN, ...args], { cwd, input: '', encoding: 'utf8', timeout: 60000, env: { ...process.env, NO_COLOR: '1' } });

// runs the built CLI: build first (npm test does)

describe('a new workspace', () => {
  it('init → new --yes → check (empty sections, placeholders, end and copies) → render refuses the placeholders, then renders', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bb-e2e-'));
    const init = run(dir, 'init');
    expect(init.status).toBe(0);
    for (const f of ['bienban.config.yaml', 'schemas/visit-note.schema.json', '.vscode/settings.json', '.gitignore', '.github/workflows/bienban.yml', 'reports/2024/Q3/2024-07-23-ubnd-tinh-bac-kan.md']) {
      expect(existsSync(path.join(dir, f)), f).toBe(true);
      expect(init.stdout).toContain(f);
    }
    // the sample's modeline points at the copied schema
    const sample = readFileSync(path.join(dir, 'reports/2024/Q3/2024-07-23-ubnd-tinh-bac-kan.md'), 'utf8');
    const ref = /\$schema=(\S+)/.exec(sample)![1];
    expect(existsSync(path.resolve(dir, 'reports/2024/Q3', ref))).toBe(true);
    expect(JSON.parse(readFileSync(path.join(dir, 'schemas/visit-note.schema.json'), 'utf8'))).toEqual(JSON.parse(readFileSync(path.join(REPO, 'schemas/visit-note.schema.json'), 'utf8')));
    expect(run(dir, 'check').status).toBe(0);
    // a README beside the notes is not a note: the config init writes ignores it at any depth
    writeFileSync(path.join(dir, 'README.md'), '# Biên bản của phòng\n');
    writeFileSync(path.join(dir, 'reports/README.md'), '# Ghi chú\n');
    expect(run(dir, 'check').status).toBe(0);

    const created = run(dir, 'new', '--yes', '--host', 'Sở Nội vụ tỉnh Lạng Sơn', '--date', '2024-10-02');
    expect(created.status).toBe(0);
    const rel = created.stdout.trim();
    expect(rel).toBe(path.join('reports/2024/Q4/2024-10-02-so-noi-vu-tinh-lang-son.md'));
    expect(readFileSync(path.join(dir, rel), 'utf8')).toMatch(/^---\n# yaml-language-server: \$schema=\.\.\/\.\.\/\.\.\/schemas\/visit-note\.schema\.json\n/);

    const check = run(dir, 'check', '--format', 'json');
    expect(check.status).toBe(1);
    const results = JSON.parse(check.stdout) as { filePath: string; messages: { ruleId: string; messageId?: string }[] }[];
    const mine = results.find((r) => r.filePath.endsWith('so-noi-vu-tinh-lang-son.md'))!;
    const ids = mine.messages.map((m) => m.ruleId);
    expect(ids.filter((id) => id !== 'placeholder')).toEqual(['closing-facts', 'closing-facts', ...Array(4).fill('required-sections')]);
    const file = path.join(dir, rel);
    expect(ids.filter((id) => id === 'placeholder').length).toBe(readFileSync(file, 'utf8').match(/"\[/g)!.length);
    expect(results.filter((r) => r !== mine).flatMap((r) => r.messages)).toEqual([]);

    // fill the four sections: the placeholders still keep the minutes from being printed
    let text = readFileSync(file, 'utf8');
    for (const h of ['Kết quả đạt được', 'Tồn tại, hạn chế', 'Kiến nghị, đề xuất', 'Kết luận']) text = text.replace(`## ${h}\n`, `## ${h}\n\nĐề nghị Sở Nội vụ tiếp tục theo dõi.\n`);
    writeFileSync(file, text);
    const htmlFile = path.join(dir, 'out/reports/2024/Q4/2024-10-02-so-noi-vu-tinh-lang-son.html');
    const refused = run(dir, 'render', '--to', 'html', rel);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('placeholder');
    expect(existsSync(htmlFile)).toBe(false);

    // fill them (the same placeholder, e.g. the head who chairs, with the same value): the note renders
    writeFileSync(file, text.replace(/"\[([^\]]*)\]"/g, (_m, s: string) => (s.startsWith('Họ và tên') ? `Nguyễn Văn ${s.length}` : `Giá trị ${s.toLowerCase()}`)));
    const render = run(dir, 'render', '--to', 'html', rel);
    expect(render.stderr).not.toMatch(/lỗi\s/);
    expect(render.status).toBe(0);
    const html = readFileSync(htmlFile, 'utf8');
    expect(html).toContain('Sở Nội vụ tỉnh Lạng Sơn');
    expect(html).toContain('Giá trị địa điểm làm việc');
    expect(html).not.toContain('[Địa điểm làm việc]');
  });

  it('init never overwrites and reports what it skipped; --templates copies the templates and sets them in the config', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bb-init-'));
    mkdirSync(path.join(dir, '.vscode'));
    writeFileSync(path.join(dir, '.vscode/settings.json'), '{"mine": true}\n');
    const first = run(dir, 'init', 'ws', '--templates');
    expect(first.status).toBe(0);
    const ws = path.join(dir, 'ws');
    expect(parse(readFileSync(path.join(ws, 'bienban.config.yaml'), 'utf8'))).toMatchObject({ lang: 'vi', toneStyle: 'old', templates: 'templates' });
    const copied = readdirSync(path.join(ws, 'templates'), { recursive: true }).map(String);
    expect(copied).toContain(path.join('bien-ban', 'html', 'main.hbs'));
    expect(readFileSync(path.join(ws, 'templates/_shared/html/styles.css'), 'utf8')).toBe(readFileSync(path.join(REPO, 'templates/_shared/html/styles.css'), 'utf8'));

    // the workspace's templates are used: a change in the copy shows in the output
    const css = path.join(ws, 'templates/_shared/html/styles.css');
    writeFileSync(css, `${readFileSync(css, 'utf8')}\n/* my-override-marker */\n`);
    expect(run(ws, 'render', '--to', 'html').status).toBe(0);
    expect(readFileSync(path.join(ws, 'out/reports/2024/Q3/2024-07-23-ubnd-tinh-bac-kan.html'), 'utf8')).toContain('my-override-marker');

    writeFileSync(path.join(ws, 'bienban.config.yaml'), 'lang: en\n');
    const again = run(dir, 'init', 'ws');
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/bỏ qua\s+ws\/bienban\.config\.yaml \(đã có\)/);
    expect(again.stdout).not.toContain('đã tạo');
    expect(readFileSync(path.join(ws, 'bienban.config.yaml'), 'utf8')).toBe('lang: en\n');

  });

  it('init --lang en writes a config in which later commands speak English', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bb-init-en-'));
    expect(run(dir, 'init', '--lang', 'en').status).toBe(0);
    expect(parse(readFileSync(path.join(dir, 'bienban.config.yaml'), 'utf8')).lang).toBe('en');
    expect(run(dir, 'check').stderr).toContain('No problems in 1 file.');
    const vi = mkdtempSync(path.join(tmpdir(), 'bb-init-vi-'));
    expect(run(vi, 'init').status).toBe(0);
    expect(parse(readFileSync(path.join(vi, 'bienban.config.yaml'), 'utf8')).lang).toBe('vi');
  });

  it('writes editor and CI settings that parse', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bb-init-'));
    expect(run(dir, 'init').status).toBe(0);
    const settings = JSON.parse(readFileSync(path.join(dir, '.vscode/settings.json'), 'utf8'));
    expect(settings['yaml.schemas']).toEqual({ './schemas/visit-note.schema.json': ['reports/**/*.md'] });
    expect(settings['files.associations']).toBeTypeOf('object');
    const wf = parse(readFileSync(path.join(dir, '.github/workflows/bienban.yml'), 'utf8'));
    expect(Object.keys(wf.on)).toEqual(['push', 'pull_request']);
    expect(readFileSync(path.join(dir, '.gitignore'), 'utf8')).toMatch(/^out\/$/m);
  });

  // `npx --yes bienban@0.1.0` fetched by bare name a package that is not published: anyone
  // registering the name would have had CI run their code
  it('CI installs bienban from the package file in the workspace, never by name from the registry, and says how to add it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bb-init-ci-'));
    const init = run(dir, 'init');
    expect(init.stderr).toContain(`CI (.github/workflows/bienban.yml) cài bienban từ tools/bienban-${VERSION}.tgz, không tải từ npm: tạo tệp này bằng "npm pack"`);
    const text = readFileSync(path.join(dir, '.github/workflows/bienban.yml'), 'utf8');
    expect(text).not.toMatch(/npx|bienban@/);
    const step = parse(text).jobs.check.steps.at(-1) as { run: string; env: Record<string, string> };
    expect(step.env.PKG).toBe(`tools/bienban-${VERSION}.tgz`);
    // the step's script as the runner would run it, with npm and bienban replaced by recorders
    const bin = mkdtempSync(path.join(tmpdir(), 'bb-ci-bin-'));
    for (const name of ['npm', 'bienban']) {
      writeFileSync(path.join(bin, name), `#!/bin/sh\necho "${name} $*" >> "${bin}/calls"\n`);
      chmodSync(path.join(bin, name), 0o755);
    }
    const ci = () => spawnSync('bash', ['-e', '-c', step.run], { cwd: dir, encoding: 'utf8', env: { ...process.env, ...step.env, PATH: `${bin}:${process.env.PATH}` } });
    const missing = ci();
    expect(missing.status).toBe(1);
    expect(missing.stdout).toMatch(/^::error file=\.github\/workflows\/bienban\.yml,title=bienban::Thiếu tools\/bienban-\S+\.tgz\. Chạy npm pack/);
    expect(existsSync(path.join(bin, 'calls'))).toBe(false);
    mkdirSync(path.join(dir, 'tools'));
    writeFileSync(path.join(dir, step.env.PKG), '');
    const found = ci();
    expect(found.status, found.stderr).toBe(0);
    expect(readFileSync(path.join(bin, 'calls'), 'utf8')).toBe(`npm install --global --ignore-scripts ./tools/bienban-${VERSION}.tgz\nbienban check --format github\n`);
    // once the file is there, init no longer asks for it
    rmSync(path.join(dir, '.github/workflows/bienban.yml'));
    const again = run(dir, 'init');
    expect(again.stdout).toContain('.github/workflows/bienban.yml');
    expect(again.stderr).not.toContain('npm pack');
  });

  it('quotes the folder in the suggested cd, so that it pastes into a shell', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bb-init-cd-'));
    const r = run(dir, 'init', 'Biên bản 2024');
    expect(r.status).toBe(0);
    expect(r.stderr).toContain("\nTiếp theo:\n  cd 'Biên bản 2024'\n");
  });
});
