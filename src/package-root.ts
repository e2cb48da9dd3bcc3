// Where the package's own files are (package.json, templates/, assets/, schemas/, seeds/):
// the nearest folder above this module with bienban's package.json. Found by walking up, so
// the same code works from src/ (tests), dist/ (the library) and the bundled CLI in dist/bundle/.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'bienban') return dir;
    if (path.dirname(dir) === dir) throw new Error(`bienban: package.json not found above ${from}`);
  }
}

export const PACKAGE_ROOT = findRoot(path.dirname(fileURLToPath(import.meta.url)));

/** a path inside the package */
export const packagePath = (...parts: string[]): string => path.join(PACKAGE_ROOT, ...parts);
