// Run by scripts/bundle.js. Makes dist/bundle/bienban.light.cache from the freshly loaded
// bundle, then bienban.cache: runs check and render (every format, both documents) over the
// shipped examples in this process, so that the functions they use are compiled, and saves the
// compiled code. Their output is discarded.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { CACHE, LIGHT_CACHE, loadBundle } from '../../dist/bundle/load.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { exports: bienban, script } = loadBundle({ main: true });
writeFileSync(LIGHT_CACHE, script.createCachedData());
const sink = new Writable({ write: (_chunk, _enc, done) => done() });
const out = mkdtempSync(path.join(tmpdir(), 'bienban-train-'));
const io = { stdout: sink, stderr: sink, cwd: root, env: { ...process.env, CI: '1', NO_COLOR: '1', BIENBAN_LANG: 'vi' } };
const examples = [path.join(root, 'seeds'), path.join(root, 'reports')];
try {
  for (const args of [
    ['check', '--jobs', '1', ...examples],
    ['render', '--jobs', '1', '--to', 'html,pdf,docx', '--doc', 'all', '-o', out, ...examples],
  ]) {
    const code = await bienban.main(['node', 'bienban', ...args], io);
    // 1: the examples hold notes with problems on purpose
    if (code > 1) throw new Error(`bienban ${args[0]} exited with ${code}`);
  }
  writeFileSync(CACHE, script.createCachedData());
} finally {
  rmSync(out, { recursive: true, force: true });
}
// the PDF engine may hold the event loop open
process.exit(0);
