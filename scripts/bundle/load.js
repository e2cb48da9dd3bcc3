// Loads the bundled CLI (bienban.cjs) through V8's code cache (bienban.cache, made by
// scripts/bundle.js from a run over the examples): the functions a command needs arrive
// compiled instead of being parsed and compiled at every start and in every worker thread.
// A cache V8 refuses (another Node.js version, other V8 flags) is ignored: the code compiles as usual.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';

// A run is short: V8's optimizing compiler spent more time inlining than the inlined code saved
// (~8% fewer instructions a note with smaller inlining). Set by the main thread before the
// bundle compiles (flags are per process: the worker threads have it too); part of what the
// cache was made with.
export const V8_FLAGS = '--max-inlined-bytecode-size=60';

const here = path.dirname(fileURLToPath(import.meta.url));
export const BUNDLE = path.join(here, 'bienban.cjs');
export const CACHE = path.join(here, 'bienban.cache');
// only what loading compiles: a quarter of the size, for --help and --version, which would
// spend ~8 ms reading the rest
export const LIGHT_CACHE = path.join(here, 'bienban.light.cache');

/**
 * The bundle's exports, and its script (the caches are made from it).
 * `main`: set V8_FLAGS first; `light`: the light cache.
 */
export function loadBundle({ main = false, light = false } = {}) {
  if (main) v8.setFlagsFromString(V8_FLAGS);
  // ASCII (scripts/bundle.js escapes the rest): read as one byte a character, no decoding
  const source = readFileSync(BUNDLE, 'latin1');
  let cachedData;
  try {
    cachedData = readFileSync(light ? LIGHT_CACHE : CACHE);
  } catch {
    // no cache (yet): compile as usual
  }
  // the CommonJS wrapper, on the first line so that line numbers stay those of the file
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: BUNDLE, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(BUNDLE), module, BUNDLE, here);
  return { exports: module.exports, script };
}
