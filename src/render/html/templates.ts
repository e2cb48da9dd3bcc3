// Template files: a user override root is searched before the built-in templates/ folder,
// file by file with the same relative path, so one partial can be replaced alone.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BienbanError } from '../../errors.js';
import { packagePath } from '../../package-root.js';

export const PARTIALS_DIR = join('_shared', 'html', 'partials');
export const STYLES_FILE = join('_shared', 'html', 'styles.css');
export const mainTemplate = (doc: string): string => join(doc, 'html', 'main.hbs');
export const partialFile = (name: string): string => join(PARTIALS_DIR, `${name}.hbs`);

export class TemplateFiles {
  /** roots in lookup order: override first, then built-in */
  constructor(private readonly roots: string[]) {}

  read(rel: string): string {
    return readFileSync(this.file(rel), 'utf8');
  }

  /** the file that `rel` is read from: the first root that has it */
  file(rel: string): string {
    for (const root of this.roots) {
      const file = join(root, rel);
      if (existsSync(file)) return file;
    }
    throw new BienbanError('TEMPLATE', `template not found: ${rel}`, `looked in: ${this.roots.join(', ')}`);
  }

  /** partial name (file name without .hbs) → source, overrides winning */
  partials(): Map<string, string> {
    return new Map([...this.partialNames()].map((name) => [name, this.read(partialFile(name))]));
  }

  /** every partial name, sorted */
  partialNames(): Set<string> {
    const names = new Set<string>();
    for (const root of this.roots) {
      const dir = join(root, PARTIALS_DIR);
      if (!existsSync(dir)) continue;
      for (const f of readdirSync(dir)) if (f.endsWith('.hbs')) names.add(f.slice(0, -'.hbs'.length));
    }
    return new Set([...names].sort());
  }
}

/** every built-in .hbs file's text, sorted by path: what templates.generated.ts precompiles */
export function builtinTemplateSources(root = packagePath('templates')): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.hbs'))
    .sort()
    .map((f) => readFileSync(join(root, f), 'utf8'));
}
