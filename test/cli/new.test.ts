import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { newCommand } from '../../src/cli/commands/new.js';
import { captureCtx } from './io.js';

const REPO = path.resolve(import.meta.dirname, '../..');
const BIN = path.join(REPO, 'bin/bienban.js');
const frontMatter = (text: string) => parse(text.split('\n---\n')[0].replace(/^---\n/, ''));

function workspace(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'bb-new-'));
  mkdirSync(path.join(root, 'reports/2024/Q3'), { recursive: true });
  cpSync(path.join(REPO, 'seeds/2024-07-23-ubnd-tinh-bac-kan.md'), path.join(root, 'reports/2024/Q3/2024-07-23-ubnd-tinh-bac-kan.md'));
  return root;
}

// runs the built CLI: build first (npm test does)

describe('bienban new without a terminal', () => {
  it('without --yes names every missing flag and exits 2, writing nothing', async () => {
    const root = workspace();
    const { ctx, err, out } = captureCtx(root);
    expect(await newCommand(ctx, 'x.md', { host: 'UBND' })).toBe(2);
    expect(err()).toContain('--place, --location, --host-member, --host-member-position, --delegation, --head, --head-position, --secretary');
    expect(out()).toBe('');
    expect(existsSync(path.join(root, 'x.md'))).toBe(false);
  });

  it('bad flag values exit 2 before anything else', async () => {
    const { ctx, err } = captureCtx(workspace());
    expect(await newCommand(ctx, undefined, { yes: true, date: '2024-13-01' })).toBe(2);
    expect(err()).toMatch(/"2024-13-01" của --date/);
  });

  it('never overwrites: an existing file is left as it was and the exit code is 2', async () => {
    const root = workspace();
    writeFileSync(path.join(root, 'mine.md'), 'KEEP');
    const { ctx, err } = captureCtx(root);
    expect(await newCommand(ctx, 'mine.md', { yes: true })).toBe(2);
    expect(readFileSync(path.join(root, 'mine.md'), 'utf8')).toBe('KEEP');
    expect(err()).toMatch(/mine\.md đã có; bienban không ghi đè/);
    // the generated name collides with the sample of the same day and host slug
    const c2 = captureCtx(root);
    expect(await newCommand(c2.ctx, undefined, { yes: true, date: '2024-07-23', host: 'UBND tỉnh Bắc Kạn' })).toBe(2);
    expect(readFileSync(path.join(root, 'reports/2024/Q3/2024-07-23-ubnd-tinh-bac-kan.md'), 'utf8')).toBe(readFileSync(path.join(REPO, 'seeds/2024-07-23-ubnd-tinh-bac-kan.md'), 'utf8'));
  });

  it('the built CLI says a folder given as the file is a folder (exit 2), and quotes a path with spaces in the next command', () => {
    const root = workspace();
    mkdirSync(path.join(root, 'adir'));
    const dir = spawnSync('node', [BIN, 'new', 'adir', '--yes'], { cwd: root, input: '', encoding: 'utf8', timeout: 15000 });
    expect(dir.status).toBe(2);
    expect(dir.stderr).toBe('Lỗi: adir là một thư mục, không phải tệp; hãy cho tên tệp cần tạo: bienban new <TỆP>.\n');
    const r = spawnSync('node', [BIN, 'new', 'ghi chép Bắc Kạn.md', '--yes'], { cwd: root, input: '', encoding: 'utf8', timeout: 15000 });
    expect(r.status).toBe(0);
    // pasted into a shell, the suggested command names the one file
    expect(r.stderr).toContain("Tiếp theo: viết nội dung các mục rồi chạy: bienban check 'ghi chép Bắc Kạn.md'\n");
  });

  it('the built CLI with a piped stdin and no --yes does not wait for input', () => {
    const root = workspace();
    const r = spawnSync('node', [BIN, 'new', '--host', 'UBND'], { cwd: root, input: '', encoding: 'utf8', timeout: 15000 });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--place');
  });

  it('the built CLI with every required flag writes the note and prints its path', () => {
    const root = workspace();
    const r = spawnSync('node', [BIN, 'new', '--date', '2024-09-02', '--place', 'Hà Nội', '--location', 'Trụ sở Bộ', '--host', 'Sở Nội vụ tỉnh Thái Nguyên',
      '--host-member', 'Nguyễn Văn A', '--host-member-position', 'Giám đốc Sở Nội vụ', '--delegation', 'Đoàn công tác liên ngành Trung ương',
      '--head', 'Triệu Văn Cường', '--secretary', 'Hoàng Minh Đức'], { cwd: root, input: '', encoding: 'utf8', timeout: 15000 });
    expect(r.stderr).not.toMatch(/Lỗi/);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(path.join('reports/2024/Q3/2024-09-02-so-noi-vu-tinh-thai-nguyen.md'));
    const fm = frontMatter(readFileSync(path.join(root, r.stdout.trim()), 'utf8'));
    // known people and delegations fill what the flags left out
    expect(fm.delegation.members[0].position).toBe('Thứ trưởng Bộ Nội vụ');
    expect(fm.issuer).toEqual({ parent: 'BỘ NỘI VỤ', name: 'ĐOÀN CÔNG TÁC LIÊN NGÀNH TRUNG ƯƠNG' });
  });
});

/** drives the real CLI in a pseudo-terminal (util-linux `script`), answering as each question appears */
function pty(cwd: string, args: string) {
  const child = spawn('script', ['-qfec', `stty cols 120 rows 40; node ${BIN} ${args}`, '/dev/null'], { cwd, env: { ...process.env, TERM: 'xterm-256color', NO_COLOR: '1' } });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const plain = () => out.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');
  const exit = new Promise<number | null>((r) => child.on('close', r));
  let seen = 0;
  /** wait until `text` appears after the last answer, then type `keys` */
  const answer = async (text: string, keys: string) => {
    const t0 = Date.now();
    for (;;) {
      const i = plain().indexOf(text, seen);
      if (i >= 0) { seen = i + text.length; break; }
      if (Date.now() - t0 > 10000) throw new Error(`no "${text}" in:\n${plain().slice(-1500)}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    await new Promise((r) => setTimeout(r, 60));
    child.stdin.write(keys);
  };
  return { answer, exit, plain, kill: () => child.kill() };
}

const DOWN = '\x1b[B', ENTER = '\r', BACKSPACE = '\x7f';
const hasScript = spawnSync('script', ['--version']).status === 0;

describe.skipIf(!hasScript)('bienban new in a real terminal', () => {
  it('asks in Vietnamese, offers known values, fills positions, rejects a bad date', async () => {
    const root = workspace();
    const t = pty(root, 'new');
    try {
      await t.answer('Loại biên bản', DOWN + ENTER);
      await t.answer('Ngày làm việc', '2024-02-30' + ENTER);
      await t.answer('Ngày không hợp lệ', BACKSPACE.repeat(10) + '2024-08-05' + ENTER);
      await t.answer('Giờ bắt đầu', '14:00' + ENTER);
      await t.answer('Địa danh', ENTER); // the known place: Bắc Kạn
      await t.answer('Địa điểm làm việc', DOWN + ENTER); // Khác…
      await t.answer('Địa điểm làm việc', 'Hội trường tỉnh' + ENTER);
      await t.answer('Đơn vị làm việc', ENTER);
      await t.answer('Tên buổi làm việc', ENTER);
      await t.answer('Đại diện đơn vị', DOWN + ENTER); // Phạm Duy Hưng: people who sat for this host come first
      await t.answer('Chức vụ của đại diện đơn vị', ENTER);
      await t.answer('Tên đoàn công tác', ENTER);
      await t.answer('Trưởng đoàn', ENTER);
      await t.answer('Chức vụ của Trưởng đoàn', ENTER);
      await t.answer('Người chủ trì', DOWN + ENTER);
      await t.answer('Thư ký', ENTER);
      await t.answer('Chức vụ của thư ký', ENTER);
      expect(await t.exit).toBe(0);
    } finally {
      t.kill();
    }
    const file = path.join(root, 'reports/2024/Q3/2024-08-05-uy-ban-nhan-dan-tinh-bac-kan.md');
    expect(t.plain()).toContain('reports/2024/Q3/2024-08-05-uy-ban-nhan-dan-tinh-bac-kan.md');
    const fm = frontMatter(readFileSync(file, 'utf8'));
    expect(fm).toMatchObject({
      type: 'kiem-tra', date: '2024-08-05', start: '14:00', place: 'Bắc Kạn', location: 'Hội trường tỉnh',
      host: { name: 'Ủy ban nhân dân tỉnh Bắc Kạn', members: [{ name: 'Phạm Duy Hưng', position: 'Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh' }] },
      delegation: { name: 'Đoàn công tác liên ngành Trung ương', members: [{ name: 'Triệu Văn Cường', position: 'Thứ trưởng Bộ Nội vụ' }] },
      chair: 'Phạm Duy Hưng', secretary: { name: 'Hoàng Minh Đức', position: 'Chuyên viên Vụ Chính quyền địa phương, Bộ Nội vụ' },
    });
  });

  it('Ctrl-C at a question cancels: nothing written, exit 130 as for any interruption', async () => {
    const root = workspace();
    const t = pty(root, 'new x.md');
    try {
      await t.answer('Loại biên bản', DOWN + ENTER);
      await t.answer('Ngày làm việc', '\x03');
      expect(await t.exit).toBe(130);
    } finally {
      t.kill();
    }
    expect(t.plain()).toContain('Đã hủy; không ghi tệp nào.');
    expect(existsSync(path.join(root, 'x.md'))).toBe(false);
  });
});
