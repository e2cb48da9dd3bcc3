import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildProgram } from '../../src/cli/main.js';
import { bashScript, completionSpec, zshScript, completionCommand } from '../../src/cli/commands/completion.js';
import { RULES } from '../../src/rules/index.js';
import { REPORTER_NAMES } from '../../src/report/index.js';
import { captureCtx } from './io.js';

const io = { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: {} };
const spec = completionSpec(buildProgram(io, () => {}));
const dir = mkdtempSync(path.join(tmpdir(), 'bb-compl-'));
const script = path.join(dir, 'bienban.bash');
writeFileSync(script, bashScript(spec));
writeFileSync(path.join(dir, 'note-one.md'), '');

/** what bash would offer after typing `line` (the last word is the one being completed) */
function complete(line: string): string[] {
  const words = line.split(' ');
  const src = `source ${JSON.stringify(script)}
COMP_WORDS=(${words.map((w) => JSON.stringify(w)).join(' ')})
COMP_CWORD=${words.length - 1}
_bienban
printf '%s\\n' "\${COMPREPLY[@]}"`;
  const r = spawnSync('bash', ['-c', src], { cwd: dir, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout.split('\n').filter(Boolean).sort();
}

describe('bash completion', () => {
  it('is valid bash', () => {
    expect(spawnSync('bash', ['-n', script]).status).toBe(0);
  });
  it('completes commands and aliases', () => {
    expect(complete('bienban ')).toEqual(['check', 'completion', 'explain', 'init', 'new', 'preview', 'render', 'rules', 'schema', 'watch'].filter((c) => spec.commands.some((s) => s.name === c || s.aliases.includes(c))).sort());
    expect(complete('bienban pr')).toEqual(['preview']);
  });
  it('offers each option once, the global ones included', () => {
    for (const cmd of ['', 'check ', 'render ', 'completion ']) {
      const all = complete(`bienban ${cmd}-`);
      expect(all, cmd).toEqual([...new Set(all)]);
      expect(all).toContain('--help');
      expect(all).toContain('--lang');
    }
  });
  it('completes option values: formats, documents, types, languages', () => {
    expect(complete('bienban check --format ')).toEqual([...REPORTER_NAMES].sort());
    expect(complete('bienban check -f js')).toEqual(['json']);
    expect(complete('bienban rules --format ')).toEqual(['json', 'text']);
    expect(complete('bienban render --to ')).toEqual(['docx', 'html', 'pdf']);
    expect(complete('bienban preview --doc ')).toEqual(['all', 'bien-ban', 'thong-bao']);
    expect(complete('bienban new --type ')).toEqual(['kiem-tra', 'lam-viec']);
    expect(complete('bienban --lang ')).toEqual(['en', 'vi']);
    // a global option's value is not taken for the command
    expect(complete('bienban --lang en check --fi')).toEqual(['--fix', '--fix-dry-run']);
  });
  it('completes rule ids for explain, shells for completion, files elsewhere', () => {
    expect(complete('bienban explain ')).toEqual(RULES.map((r) => r.id).sort());
    expect(complete('bienban completion ')).toEqual(['bash', 'zsh']);
    expect(complete('bienban check note')).toEqual(['note-one.md']);
    expect(complete('bienban new --')).toContain('--head-position');
  });
});

describe('zsh completion', () => {
  const z = zshScript(spec);
  it('declares every command, the value lists and rule ids', () => {
    expect(z.startsWith('#compdef bienban\n')).toBe(true);
    for (const c of spec.commands) expect(z).toContain(`'${c.name}:`);
    expect(z).toContain(`:value:(${REPORTER_NAMES.join(' ')})`);
    expect(z).toContain(`'1:value:(${RULES.map((r) => r.id).join(' ')})'`);
    expect(z).toContain("'(-o --out)'{-o,--out}'");
  });
  it('has balanced single quotes on every line (descriptions are sanitised)', () => {
    for (const line of z.split('\n')) expect((line.match(/'/g) ?? []).length % 2, line).toBe(0);
  });
  const zsh = spawnSync('zsh', ['--version']).status === 0;
  it.skipIf(!zsh)('is valid zsh', () => {
    const f = path.join(dir, '_bienban');
    writeFileSync(f, z);
    expect(spawnSync('zsh', ['-n', f]).status).toBe(0);
  });
});

describe('completion command', () => {
  it('refuses an unknown shell', () => {
    const { ctx } = captureCtx(dir);
    expect(() => completionCommand(ctx, 'fish', buildProgram(io, () => {}))).toThrow(/fish/);
  });
});
