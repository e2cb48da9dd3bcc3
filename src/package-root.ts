// Where the package's own files are (package.json, templates/, assets/, schemas/, seeds/):
// the nearest folder above this module with bienban's package.json. Found by walking up, so
// the same code works from src/ (tests), dist/ (the library) and the bundled CLI in dist/bundle/.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(from: string): { root: string; manifest: { name: string; version: string } } {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (existsSync(file)) {
      const manifest = JSON.parse(readFileSync(file, 'utf8'));
      if (manifest.name === 'bienban') return { root: dir, manifest };
    }
    if (path.dirname(dir) === dir) throw new Error(`bienban: package.json not found above ${from}`);
  }
}

const found = findRoot(path.dirname(fileURLToPath(import.meta.url)));
export const PACKAGE_ROOT = found.root;
/** bienban's package.json, read once */
export const PACKAGE_MANIFEST = found.manifest;

/** a path inside the package */
export const packagePath = (...parts: string[]): string => path.join(PACKAGE_ROOT, ...parts);
