#!/usr/bin/env node
// Bundles the compiled CLI and its batch worker (run after tsc) into one CommonJS file,
// dist/bundle/bienban.cjs, then makes its V8 code cache by running the CLI over the examples
// (scripts/bundle/train.js). bin/ and each worker thread load the bundle with that cache
// (scripts/bundle/load.js): one file instead of ~250 modules, and the functions a command uses
// arrive compiled (check of one note ~0.3 → ~0.2 s; every worker thread starts that much
// sooner). Node 20 cannot cache ES modules, hence CommonJS; code that only some commands need
// is still evaluated only when first used. The library (dist/index.js) is not bundled.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild-wasm';

const root = fileURLToPath(new URL('../', import.meta.url));

// zod's namespace re-exports its 64 message locales (~340 KB that every thread parsed at start);
// bienban words its own messages and zod needs only English as its default
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]v4[\\/](classic|core)$/.test(args.resolveDir) ? { path: 'zod-locales', namespace: 'zod-english-only' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'zod-english-only' }, () => ({
      contents: "export { default as en } from 'zod/v4/locales/en.js';",
      resolveDir: root,
    }));
  },
};
// commander requires node:child_process as it loads (~10 ms a start, for every command) and uses
// it only to run executable subcommands, which bienban has none of: required when first used
const commanderLazyChildProcess = {
  name: 'commander-lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/ }, (args) =>
      /[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'lazy-child-process' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-child-process' }, () => ({
      contents: "module.exports = { spawn: (...args) => require('node:child_process').spawn(...args) };",
      loader: 'js',
    }));
  },
};
const outdir = `${root}dist/bundle`;
rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });

await build({
  absWorkingDir: root,
  entryPoints: ['dist/cli/bundle-entry.js'],
  outfile: `${outdir}/bienban.cjs`,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // a native addon: loaded from node_modules as it is
  external: ['@myriaddreamin/typst-ts-node-compiler'],
  // our modules find shipped files and worker.js from their own URL: here, the bundle's
  define: { 'import.meta.url': '__bienbanUrl' },
  banner: { js: "var __bienbanUrl = require('node:url').pathToFileURL(__filename).href;" },
  legalComments: 'linked',
  minifyWhitespace: true,
  minifySyntax: true,
  plugins: [zodEnglishOnly, commanderLazyChildProcess],
  logLevel: 'warning',
});
// esbuild escapes strings but leaves RegExp literals as written: escaped too, the file is ASCII,
// which the loader reads as a one-byte string (a two-byte copy of 1.4 MB cost ~5 ms a start)
const bundle = `${outdir}/bienban.cjs`;
const ascii = readFileSync(bundle, 'utf8').replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
writeFileSync(bundle, ascii);
// the loader, and worker.js beside the bundle: the pool finds it as ./worker.js, bundled or not
for (const f of ['load.js', 'worker.js']) copyFileSync(`${root}scripts/bundle/${f}`, `${outdir}/${f}`);

const train = spawnSync(process.execPath, [`${root}scripts/bundle/train.js`], { stdio: ['ignore', 'inherit', 'pipe'], encoding: 'utf8' });
if (train.status !== 0) {
  // the CLI works without it, only starts slower
  process.stderr.write(`bienban: no code cache made (${(train.stderr || `exit ${train.status}`).trim().split('\n')[0]})\n`);
}
