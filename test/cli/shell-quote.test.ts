// Suggested commands paste into a POSIX shell: each argument comes back as one word, unchanged.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { shellPath, shellQuote } from '../../src/cli/shell-quote.js';

describe('shellQuote', () => {
  it('leaves plain paths as they are, Vietnamese letters included', () => {
    expect(shellQuote('reports/2024/Q3/2024-07-23-ubnd-tinh-bac-kan.md')).toBe('reports/2024/Q3/2024-07-23-ubnd-tinh-bac-kan.md');
    expect(shellQuote('ghi-chép.md')).toBe('ghi-chép.md');
  });

  it('quotes what a shell would split or expand, and sh reads each back as one word', () => {
    const args = ['ghi chép Bắc Kạn.md', 'Biên bản 2024', "it's", '$HOME', 'a*b', 'x;rm', '', '-', 'a"b', 'tab\there', '~x'];
    const script = `printf '%s\\n' ${args.map(shellQuote).join(' ')}`;
    const r = spawnSync('sh', ['-c', script], { encoding: 'utf8' });
    expect(r.stdout).toBe(args.map((a) => `${a}\n`).join(''));
    expect(shellQuote('Biên bản 2024')).toBe("'Biên bản 2024'");
  });

  it('gives a path that starts with "-" a "./" so that no command reads it as an option', () => {
    expect(shellPath('-x')).toBe('./-x');
    expect(shellPath('-n chép.md')).toBe("'./-n chép.md'");
    expect(shellPath('reports/a.md')).toBe('reports/a.md');
    const r = spawnSync('sh', ['-c', `ls -d ${shellPath('-x')}`], { encoding: 'utf8', cwd: '/' });
    expect(r.stderr).not.toMatch(/invalid option|illegal option/i);
  });
});
