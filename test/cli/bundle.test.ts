// The bundled CLI loads through the code cache made at build time (scripts/bundle/train.js),
// and still runs when the cache is missing or refused.
import { spawnSync } from 'node:child_process';
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers/cli.js';

const node = (args: string[], cwd = ROOT) => spawnSync(process.execPath, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CI: 'true' } });

describe('the bundle', () => {
  const dir = tempDir();
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([false, true])('has a code cache that V8 accepts (light: %s)', (light) => {
    const r = node(['--input-type=module', '-e', `const { loadBundle } = await import('./dist/bundle/load.js'); process.stdout.write(String(loadBundle({ main: true, light: ${light} }).script.cachedDataRejected));`]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('false');
  });

  it.each([
    ['missing', undefined],
    ['refused', 'not a V8 code cache'],
  ])('runs with its cache %s', (_name, cache) => {
    const pkg = path.join(dir, 'pkg');
    rmSync(pkg, { recursive: true, force: true });
    for (const p of ['package.json', 'bin', 'templates', 'assets', 'seeds', path.join('dist', 'bundle')]) cpSync(path.join(ROOT, p), path.join(pkg, p), { recursive: true });
    for (const name of ['bienban.cache', 'bienban.light.cache']) {
      const file = path.join(pkg, 'dist', 'bundle', name);
      if (cache === undefined) rmSync(file);
      else writeFileSync(file, cache);
    }
    const r = node([path.join(pkg, 'bin', 'bienban.js'), 'check', 'seeds', '--lang', 'en'], pkg);
    expect(r.stderr).toContain('No problems in 1 file');
    expect(r.status).toBe(0);
    const help = node([path.join(pkg, 'bin', 'bienban.js'), '--help', '--lang', 'en'], pkg);
    expect(help.stdout).toContain('Usage: bienban');
    expect(help.status).toBe(0);
  });
});

// The bundle is the source minified, with its RegExp literals escaped to ASCII and zod trimmed:
// every rule's examples must give the bundled CLI the diagnostics the source gives.
describe('the bundle against the source', () => {
  const dir = tempDir();
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reports every rule example as the library does", async () => {
    const { RULES } = await import('../../src/rules/index.js');
    const { exampleNote } = await import('../../src/rules/example-note.js');
    const { lintText } = await import('../../src/lint.js');
    const expected = new Map<string, string[]>();
    for (const rule of RULES) {
      for (const [kind, example] of Object.entries(rule.examples)) {
        const name = `${rule.id}-${kind}.md`;
        const text = exampleNote(example);
        writeFileSync(path.join(dir, name), text);
        expected.set(name, lintText(name, text).result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}/${m.messageId}`));
      }
    }
    expect([...expected.values()].flat().length).toBeGreaterThan(RULES.length); // the wrong examples report
    const r = node([path.join(ROOT, 'bin', 'bienban.js'), 'check', '.', '--format', 'json'], dir);
    const got = new Map((JSON.parse(r.stdout) as { filePath: string; messages: { line: number; column: number; ruleId: string; messageId: string }[] }[]).map((f) => [path.basename(f.filePath), f.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}/${m.messageId}`)]));
    expect(Object.fromEntries(got)).toEqual(Object.fromEntries(expected));
  });
});
