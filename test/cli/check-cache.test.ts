// check --cache: unchanged notes reuse their stored result; changed notes, a new config or
// another language are checked again; --fix never uses the cache.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync, appendFileSync } from 'node:fs';
import path from 'node:path';
import { runCli, workspace } from '../helpers/cli.js';

const CACHE = '.bienban-check-cache.json';

describe('bienban check --cache', () => {
  it('reuses results of unchanged notes and re-checks changed ones', () => {
    const dir = workspace('reports');
    expect(runCli(['check', 'reports', '--cache'], { cwd: dir }).code).toBe(0);
    const file = path.join(dir, CACHE);
    expect(existsSync(file)).toBe(true);

    // a planted result proves the stored one is used for an unchanged note
    const data = JSON.parse(readFileSync(file, 'utf8'));
    const [first, second] = Object.keys(data.files);
    data.files[first].result.messages = [{ ruleId: 'date-valid', messageId: 'year', message: 'từ bộ nhớ đệm', severity: 2, line: 1, column: 1 }];
    data.files[first].result.errorCount = 1;
    writeFileSync(file, JSON.stringify(data));
    const reused = runCli(['check', 'reports', '--cache', '--format', 'json'], { cwd: dir });
    expect(reused.code).toBe(1);
    expect(reused.stdout).toContain('từ bộ nhớ đệm');

    // a changed note is checked again
    appendFileSync(second, '\nNgày 16/5/20216 ghi nhầm.\n');
    const changed = JSON.parse(runCli(['check', 'reports', '--cache', '--format', 'json'], { cwd: dir }).stdout) as { filePath: string; messages: { ruleId: string }[] }[];
    expect(changed.find((r) => r.filePath === second)!.messages.map((m) => m.ruleId)).toContain('date-valid');

    // another language or config drops the whole cache
    const en = runCli(['check', 'reports', '--cache', '--lang', 'en', '--format', 'json'], { cwd: dir });
    expect(en.stdout).not.toContain('từ bộ nhớ đệm');
  });

  it.runIf(process.platform === 'linux' && existsSync('/proc/self'))('a cache file that cannot be written is named in the message, never our temp file', () => {
    const dir = workspace('seeds');
    const r = runCli(['check', 'seeds', '--cache', '--cache-location', '/proc/c.json'], { cwd: dir });
    expect(r.stderr).toContain('"/proc/c.json"');
    expect(r.stderr).not.toContain('.tmp');
  });

  it('is not used with --fix', () => {
    const dir = workspace('reports');
    runCli(['check', 'reports', '--cache'], { cwd: dir });
    const note = path.join(dir, 'reports/2024/Q3/2024-07-16-ubnd-tinh-cao-bang.md');
    writeFileSync(note, readFileSync(note, 'utf8').replace('## Kết luận\n', '## Kết luận\n\nĐoàn ghi nhận  kết quả.\n'));
    const r = runCli(['check', 'reports', '--cache', '--fix'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(readFileSync(note, 'utf8')).toContain('Đoàn ghi nhận kết quả.');
  });
});
