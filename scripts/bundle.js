#!/usr/bin/env node
// Bundles the compiled CLI (dist/cli/main.js) and the batch worker into dist/bundle/ (run after
// tsc). Node then reads a few files instead of ~250 modules: ~90 ms less start-up for the CLI
// and for every worker thread. Code needed only by some commands (HTML, PDF, DOCX engines,
// prompts) stays in chunks loaded when first imported. The library (dist/index.js) is not bundled.
import { rmSync } from 'node:fs';
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
const outdir = `${root}dist/bundle`;
rmSync(outdir, { recursive: true, force: true });

await build({
  absWorkingDir: root,
  // worker.js beside cli.js: the pool finds it as ./worker.js, bundled or not
  entryPoints: { cli: 'dist/cli/main.js', worker: 'dist/batch/worker.js' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  // a native addon: loaded from node_modules as it is
  external: ['@myriaddreamin/typst-ts-node-compiler'],
  // CommonJS dependencies call require(); ES modules have none
  banner: { js: "import { createRequire as __bienbanRequire } from 'node:module'; const require = __bienbanRequire(import.meta.url);" },
  legalComments: 'linked',
  plugins: [zodEnglishOnly],
  logLevel: 'warning',
});
