// End-to-end: the built CLI on good and bad input — messages, positions, exit codes, no stack traces.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { runCli, tempDir, workspace, noStack, ROOT } from '../helpers/cli.js';

const SEED = readFileSync(path.join(ROOT, 'seeds/2024-07-23-ubnd-tinh-bac-kan.md'), 'utf8');

function note(dir: string, name: string, content: string | Buffer) {
  const f = path.join(dir, name);
  writeFileSync(f, content);
  return f;
}

function json(r: { stdout: string }) {
  return JSON.parse(r.stdout) as { filePath: string; messages: { ruleId: string; messageId: string; severity: number; line: number; column: number; message: string }[]; errorCount: number; warningCount: number }[];
}

describe('bienban check (end to end)', () => {
  it('passes the seed and the sample workspace with no error and no warning', () => {
    const r = runCli(['check', 'seeds', 'reports', '--format', 'json']);
    expect(r.code).toBe(0);
    const results = json(r);
    expect(results.length).toBeGreaterThanOrEqual(8);
    for (const f of results) expect(f.messages, f.filePath).toEqual([]);
  });

  it('flags the seed article defects at their own line and column', () => {
    const expected = JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/seed-defects.expect.json'), 'utf8')) as { text: string; line: number; column: number }[];
    const r = runCli(['check', 'test/fixtures/seed-defects.md', '--format', 'json']);
    expect(r.code).toBe(1);
    const msgs = json(r)[0].messages;
    const date = expected.find((e) => e.text.includes('20216'))!;
    const comma = expected.find((e) => e.text.includes(','))!;
    expect(msgs).toContainEqual(expect.objectContaining({ ruleId: 'date-valid', severity: 2, line: date.line, column: date.column }));
    expect(msgs).toContainEqual(expect.objectContaining({ ruleId: 'space-before-punctuation', severity: 1, line: comma.line, column: comma.column }));
  });

  it('prints Vietnamese by default and English with --lang en', () => {
    const vi = runCli(['check', 'test/fixtures/seed-defects.md']);
    expect(vi.stdout).toContain('phải có đúng 4 chữ số');
    expect(vi.stdout).toMatch(/seed-defects\.md:\d+:\d+/);
    const en = runCli(['check', 'test/fixtures/seed-defects.md', '--lang', 'en']);
    expect(en.stdout).toContain('must have exactly 4 digits');
  });

  it('reports schema problems at the offending key in the .md file', () => {
    const dir = tempDir();
    const bad = SEED.replace('date: 2024-07-23', 'date: 2024-02-30').replace(/^start: .*$/m, 'start: 25:00');
    const f = note(dir, 'n.md', bad);
    const r = runCli(['check', f, '--format', 'json']);
    expect(r.code).toBe(1);
    const lines = bad.split('\n');
    const dateLine = lines.findIndex((l) => l.startsWith('date:')) + 1;
    const startLine = lines.findIndex((l) => l.startsWith('start:')) + 1;
    const msgs = json(r)[0].messages;
    expect(msgs).toContainEqual(expect.objectContaining({ ruleId: 'schema', messageId: 'date-invalid', line: dateLine, column: 7 }));
    expect(msgs).toContainEqual(expect.objectContaining({ ruleId: 'schema', messageId: 'time-format', line: startLine, column: 8 }));
  });

  it('reports a missing required field, an unknown key (with a suggestion) and a chair not among attendees', () => {
    const dir = tempDir();
    const text = SEED.replace(/^location: .*\n/m, '').replace(/^place: (.*)$/m, 'place: $1\nlocaton: Hội trường');
    const f = note(dir, 'n.md', text);
    const r = runCli(['check', f, '--format', 'json']);
    expect(r.code).toBe(1);
    const msgs = json(r)[0].messages;
    expect(msgs).toContainEqual(expect.objectContaining({ messageId: 'required', severity: 2 }));
    const unknown = msgs.find((m) => m.messageId === 'unknown-key')!;
    expect(unknown.severity).toBe(1);
    expect(unknown.message).toContain('location');
    expect(unknown.line).toBe(text.split('\n').findIndex((l) => l.startsWith('locaton:')) + 1);

    const g = note(dir, 'chair.md', SEED.replace(/^chair: .*$/m, 'chair: Nguyễn Văn Vắng'));
    const r2 = runCli(['check', g, '--format', 'json']);
    expect(json(r2)[0].messages).toContainEqual(expect.objectContaining({ ruleId: 'chair-in-attendees', severity: 2 }));
  });

  it('answers malformed, hostile and unreadable files with clear messages and exit 1, never a stack trace', () => {
    const dir = tempDir();
    const pwned = path.join(dir, 'PWNED');
    const files = {
      yaml: note(dir, 'yaml.md', '---\ntype: lam-viec\ntitle: "unclosed\nplace: x\n---\n## Kết luận\nx\n'),
      js: note(dir, 'js.md', `---js\n{ type: require("fs").writeFileSync(${JSON.stringify(pwned)}, "x") }\n---\n# x\n`),
      jsfn: note(dir, 'jsfn.md', '---\ntype: !!js/function "function () { return 1 }"\n---\n'),
      dup: note(dir, 'dup.md', '---\ntype: lam-viec\ntype: kiem-tra\n---\n'),
      binary: note(dir, 'binary.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48])),
      empty: note(dir, 'empty.md', ''),
      latin1: note(dir, 'latin1.md', Buffer.from('---\ntitle: Bi\xean b\xe1n\n---\n', 'latin1')),
      bomb: note(dir, 'bomb.md', '---\na: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\nh: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]\n---\n'),
      nofm: note(dir, 'nofm.md', '# Chỉ có nội dung\n\nKhông có phần đầu.\n'),
    };
    // a dangling link: unreadable even for root (file permissions are not)
    const unreadable = path.join(tempDir(), 'unreadable.md');
    symlinkSync(path.join(dir, 'gone.md'), unreadable);
    const started = Date.now();
    const r = runCli(['check', dir, unreadable, '--format', 'json']);
    expect(Date.now() - started).toBeLessThan(30_000); // the alias bomb is answered, not expanded
    expect(r.code).toBe(1);
    expect(noStack(r.stdout + r.stderr)).toBe(true);
    expect(existsSync(pwned)).toBe(false);
    const byName = new Map(json(r).map((f) => [path.basename(f.filePath), f.messages]));
    expect(byName.size).toBe(Object.keys(files).length + 1); // every file reported
    const ids = (n: string) => byName.get(n)!.map((m) => `${m.ruleId}/${m.messageId}`);
    expect(ids('yaml.md').some((i) => i.startsWith('yaml/'))).toBe(true);
    expect(ids('js.md')).toContain('front-matter/language');
    expect(ids('jsfn.md')).toContain('yaml/tag');
    expect(ids('dup.md')).toContain('yaml/duplicate-key');
    expect(byName.get('dup.md')!.find((m) => m.messageId === 'duplicate-key')!.line).toBe(3);
    expect(ids('binary.md')).toEqual(['file/binary']);
    expect(ids('empty.md')).toEqual(['file/empty']);
    expect(ids('latin1.md')).toEqual(['file/not-utf8']);
    expect(byName.get('latin1.md')![0].line).toBe(2);
    expect(ids('bomb.md')).toContain('yaml/alias-limit');
    expect(ids('nofm.md')).toContain('front-matter/missing');
    expect(byName.get('unreadable.md')!.map((m) => `${m.ruleId}/${m.messageId}`)).toEqual(['file/unreadable']);
  });

  it('accepts a BOM and CRLF line ends, with positions still right', () => {
    const dir = tempDir();
    const crlf = '\uFEFF' + SEED.replace(/\n/g, '\r\n');
    const f = note(dir, 'crlf.md', crlf);
    expect(runCli(['check', f]).code).toBe(0);
    const g = note(dir, 'crlf-bad.md', crlf.replace('ngày 16/5/2016', 'ngày 16/5/20216'));
    const r = runCli(['check', g, '--format', 'json']);
    const m = json(r)[0].messages.find((x) => x.ruleId === 'date-valid')!;
    const lines = SEED.replace('ngày 16/5/2016', 'ngày 16/5/20216').split('\n');
    const line = lines.findIndex((l) => l.includes('16/5/20216'));
    expect(m.line).toBe(line + 1);
    expect(m.column).toBe(lines[line].indexOf('16/5/20216') + 1);
  });

  // old Mac line ends gave one front-matter message 4,502 characters long, the whole file quoted with its CRs
  it('calls CR-only line ends what they are, in a short message; quotes at most 40 characters of a front-matter language', () => {
    const dir = tempDir();
    const cr = note(dir, 'cr.md', SEED.replace(/\n/g, '\r'));
    const lang = note(dir, 'lang.md', `---${'a'.repeat(300)}\ntype: x\n---\n`);
    const r = runCli(['check', cr, lang, '--format', 'json']);
    expect(r.code).toBe(1);
    const [crMessages, langMessages] = json(r).sort((a, b) => a.filePath.localeCompare(b.filePath)).map((f) => f.messages);
    expect(crMessages.map((m) => `${m.ruleId}/${m.messageId}`)).toEqual(['file/cr-line-ends']);
    expect(crMessages[0].message).toBe('Tệp xuống dòng bằng ký tự CR (kiểu máy Mac cũ); ghi chép cần xuống dòng kiểu LF hoặc CRLF. Hãy lưu lại tệp với kiểu xuống dòng LF.');
    expect(langMessages[0].message).toBe(`Phần đầu kiểu "---${'a'.repeat(39)}…" không được hỗ trợ và không bao giờ được thực thi; chỉ dùng YAML ("---").`);
    const en = runCli(['--lang', 'en', 'check', cr]);
    expect(en.stdout).toContain('The file ends its lines with CR alone (old Mac style); a note needs LF or CRLF line ends.');
    expect(en.stdout).not.toContain('\r');
  });

  it('exits 2 for a folder with no notes, a missing path and bad flags', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'empty'));
    const r = runCli(['check', path.join(dir, 'empty')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Không tìm thấy ghi chép nào');
    expect(runCli(['check', path.join(dir, 'nope.md')]).code).toBe(2);
    const bad = runCli(['check', 'seeds', '--format', 'xml']);
    expect(bad.code).toBe(2);
    expect(noStack(bad.stderr)).toBe(true);
    expect(runCli(['check', '--no-such-flag']).code).toBe(2);
    expect(runCli(['check', 'seeds', '--max-warnings', 'abc']).code).toBe(2);
  });

  it('fails on warnings above --max-warnings and hides them with --quiet', () => {
    const r = runCli(['check', 'test/fixtures/seed-defects.md', '--max-warnings', '0', '--format', 'json']);
    expect(r.code).toBe(1);
    const q = runCli(['check', 'test/fixtures/seed-defects.md', '--quiet', '--format', 'json']);
    expect(json(q)[0].messages.every((m) => m.severity === 2)).toBe(true);
    // hidden but counted: the failure says why
    const clean = tempDir();
    writeFileSync(path.join(clean, 'x.md'), readFileSync(path.join(ROOT, 'test/fixtures/seed-defects.md'), 'utf8').replace('16/5/20216', '16/5/2016'));
    const both = runCli(['check', 'x.md', '--quiet', '--max-warnings', '0'], { cwd: clean });
    expect(both.code).toBe(1);
    expect(both.stderr).toContain('(--quiet không hiện), vượt giới hạn --max-warnings 0; bỏ --quiet để xem.');
  });
});

describe('bienban render --to html (end to end)', () => {
  it('writes the seed as Mẫu 1.9 HTML under out/, mirroring the input tree', () => {
    const dir = workspace('seeds');
    const r = runCli(['render', 'seeds', '--to', 'html'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const out = path.join(dir, 'out/seeds/2024-07-23-ubnd-tinh-bac-kan.html');
    const html = readFileSync(out, 'utf8');
    for (const s of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'BIÊN BẢN', 'Thời gian bắt đầu', 'Triệu Văn Cường', 'Phương Thị Thanh', 'THƯ KÝ', 'CHỦ TỌA', 'Lưu: VT, Hồ sơ.', 'I.', 'II.', 'KẾT LUẬN', '@page']) {
      expect(html, s).toContain(s);
    }
    expect(html).toBe(html.normalize('NFC'));
  });

  it('escapes user text, drops javascript: links and leaves no file for a failing note', () => {
    const dir = tempDir();
    const hostile = SEED.replace('## Kết luận\n', '## Kết luận\n\n<script>alert(1)</script>\n\nXem [tài liệu](javascript:alert(1)) và [cổng](https://example.org) {{constructor}} #read("/etc/passwd").\n\n');
    note(dir, 'a.md', hostile);
    note(dir, 'b.md', SEED.replace(/^chair: .*$/m, 'chair: Không Có Ai'));
    const r = runCli(['render', '.', '--to', 'html'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/b\.md:\d+:\d+/);
    const html = readFileSync(path.join(dir, 'out/a.html'), 'utf8');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).toMatch(/href="https:\/\/example\.org"/);
    expect(html).toContain('{{constructor}}');
    expect(existsSync(path.join(dir, 'out/b.html'))).toBe(false);
    expect(readdirSync(path.join(dir, 'out')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('bienban schema', () => {
  it('prints the checked-in JSON Schema', () => {
    const r = runCli(['schema']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(readFileSync(path.join(ROOT, 'schemas/visit-note.schema.json'), 'utf8')));
  });
});

describe('config ignore', () => {
  it('skips ignored files when walking folders, but checks a file named explicitly', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'README.md'), '# Hướng dẫn\n\nKhông phải ghi chép.\n');
    writeFileSync(path.join(dir, 'n.md'), SEED);
    expect(runCli(['check'], { cwd: dir }).code).toBe(1);
    writeFileSync(path.join(dir, 'bienban.config.yaml'), 'ignore:\n  - README.md\n');
    expect(runCli(['check'], { cwd: dir }).code).toBe(0);
    expect(runCli(['check', 'README.md'], { cwd: dir }).code).toBe(1);
  });
});

describe('check --stdin', () => {
  it('checks a note from standard input under the given name, and prints the fixed text with --fix', () => {
    const defects = readFileSync(path.join(ROOT, 'test/fixtures/seed-defects.md'), 'utf8');
    const r = runCli(['check', '--stdin', '--stdin-filename', 'reports/x.md', '--format', 'json'], { input: defects });
    expect(r.code).toBe(1);
    const [res] = json(r);
    expect(res.filePath).toBe(path.join(ROOT, 'reports/x.md'));
    expect(res.messages.map((m) => m.ruleId).sort()).toEqual(['date-valid', 'space-before-punctuation']);
    const fixed = runCli(['check', '--stdin', '--fix'], { input: defects });
    expect(fixed.stdout).toBe(defects.replace('Nhất ,', 'Nhất,'));
    expect(runCli(['check', '--stdin'], { input: SEED }).code).toBe(0);
  });

  it('prints the diff of the fixes with --fix-dry-run, and refuses paths it would ignore', () => {
    const defects = readFileSync(path.join(ROOT, 'test/fixtures/seed-defects.md'), 'utf8');
    const r = runCli(['check', '--stdin', '--stdin-filename', 'x.md', '--fix-dry-run'], { input: defects });
    expect(r.stdout).toMatch(/^--- a\/x\.md\n\+\+\+ b\/x\.md\n/);
    expect(r.stdout).toContain('+');
    expect(r.stdout).toMatch(/^-.*Nhất ,/m);
    expect(r.stdout).toMatch(/^\+.*Nhất,/m);
    expect(r.stdout).toContain('date-valid'); // the report follows
    const p = runCli(['check', '--stdin', 'seeds/'], { input: SEED });
    expect(p.code).toBe(2);
    expect(p.stderr).toContain('--stdin');
    expect(p.stderr).toContain('seeds/');
  });
});
