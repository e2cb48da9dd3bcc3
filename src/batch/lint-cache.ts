// check --cache: results of unchanged notes are reused (ESLint's --cache). The key of a note is
// sha256 of its bytes; the whole cache is dropped when bienban's version, the language or the
// configuration (rule severities, tone style) changes, since messages and severities depend on them.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { writeAtomic } from '../fs/atomic.js';
import { VERSION } from '../version.js';
import type { FileResult } from '../diagnostics.js';

export const DEFAULT_LINT_CACHE = '.bienban-check-cache.json';

interface Entry {
  hash: string;
  result: FileResult;
}

interface Data {
  salt: string;
  files: Record<string, Entry>;
}

export { hashBytes } from '../util/hash.js';

export class LintCache {
  private readonly next: Record<string, Entry> = {};

  private constructor(
    readonly file: string,
    private readonly salt: string,
    private readonly prev: Record<string, Entry>,
  ) {}

  /** a missing, broken or outdated cache file is an empty cache */
  static load(file: string, settings: unknown): LintCache {
    const salt = createHash('sha256').update(VERSION).update(JSON.stringify(settings)).digest('hex');
    let prev: Record<string, Entry> = {};
    try {
      const data = JSON.parse(readFileSync(file, 'utf8')) as Data;
      if (data?.salt === salt && data.files && typeof data.files === 'object') prev = data.files;
    } catch {
      // no cache yet
    }
    return new LintCache(file, salt, prev);
  }

  /** the stored result when the note's bytes are unchanged */
  get(filePath: string, hash: string): FileResult | undefined {
    const e = this.prev[filePath];
    if (e?.hash !== hash) return undefined;
    this.next[filePath] = e;
    return e.result;
  }

  set(filePath: string, hash: string, result: FileResult): void {
    this.next[filePath] = { hash, result };
  }

  /** only the notes of this run are kept, so deleted notes drop out */
  async save(): Promise<void> {
    const files: Record<string, Entry> = {};
    for (const k of Object.keys(this.next).sort()) files[k] = this.next[k];
    await writeAtomic(this.file, JSON.stringify({ salt: this.salt, files } satisfies Data));
  }
}
