// Incremental rendering: out/.bienban-cache.json maps note × doc × format to a content key,
// sha256 of (note bytes, the template files that output uses, the effective config, VERSION).
// An output is skipped when its key is unchanged and the file still exists.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeAtomic } from '../fs/atomic.js';
import { packagePath } from '../package-root.js';
import { VERSION } from '../version.js';
import type { NoteDigest } from './summary.js';

export const CACHE_FILE = '.bienban-cache.json';
const BUILTIN_TEMPLATES = packagePath('templates');

/** "bien-ban.pdf" */
export const outputId = (doc: string, format: string) => `${doc}.${format}`;

interface NoteRecord {
  /** output id → key */
  keys: Record<string, string>;
  /** output id → the file written, relative to the output folder: removed when the note fails */
  files?: Record<string, string>;
  digest?: NoteDigest;
}

interface CacheData {
  version: 1;
  notes: Record<string, NoteRecord>;
  /** bundle file name → the key of what it was built from */
  bundles?: Record<string, string>;
}

const sha = (...parts: string[]) => {
  const h = createHash('sha256');
  for (const p of parts) h.update(p).update('\0');
  return h.digest('hex');
};

/** key order fixed, so equal configs hash equally */
function stable(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stable).join(',')}]`;
  if (v && typeof v === 'object') return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${stable((v as Record<string, unknown>)[k])}`).join(',')}}`;
  return JSON.stringify(v ?? null);
}

export function configFingerprint(cfg: { rules?: unknown; toneStyle?: unknown; font?: unknown }): string {
  return sha(stable({ rules: cfg.rules ?? {}, toneStyle: cfg.toneStyle ?? 'old', font: cfg.font ?? 'liberation' }));
}

function filesBelow(dir: string, rel = ''): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...filesBelow(p, path.posix.join(rel, name)));
    else out.push(path.posix.join(rel, name));
  }
  return out;
}

/** template folders (relative to a template root) that a doc × format reads */
function templateDirs(doc: string, format: string): string[] {
  if (format === 'html') return ['_shared/html', `${doc}/html`];
  if (format === 'pdf') return ['_shared/typst', `${doc}/typst`];
  return []; // docx is drawn in code
}

/** one hash per doc × format over every template file it may use, built-in and override */
export function templateFingerprints(docs: readonly string[], formats: readonly string[], overrideDir?: string): Map<string, string> {
  const roots = overrideDir ? [['override', overrideDir], ['builtin', BUILTIN_TEMPLATES]] : [['builtin', BUILTIN_TEMPLATES]];
  const fileHash = new Map<string, string>();
  const out = new Map<string, string>();
  for (const doc of docs) {
    for (const format of formats) {
      const h = createHash('sha256').update(format);
      for (const [label, root] of roots) {
        for (const dir of templateDirs(doc, format)) {
          for (const rel of filesBelow(path.join(root, dir))) {
            const abs = path.join(root, dir, rel);
            let fh = fileHash.get(abs);
            if (!fh) fileHash.set(abs, (fh = createHash('sha256').update(readFileSync(abs)).digest('hex')));
            h.update(`${label}:${dir}/${rel}:${fh}\0`);
          }
        }
      }
      out.set(outputId(doc, format), h.digest('hex'));
    }
  }
  return out;
}

export function outputKey(noteHash: string, templateHash: string, configHash: string): string {
  return sha(VERSION, configHash, templateHash, noteHash);
}

/** a bundle's key: its template, the config, its cover and each note (path and content hash) in order */
export function bundleKey(templateHash: string, configHash: string, cover: unknown, notes: readonly { file: string; hash: string }[]): string {
  return sha(VERSION, configHash, templateHash, stable(cover), ...notes.flatMap((n) => [n.file, n.hash]));
}

export class BuildCache {
  private constructor(
    readonly file: string,
    private readonly data: CacheData,
  ) {}

  /** the cache of an output folder; a missing, unreadable or foreign file is an empty cache */
  static async load(outDir: string): Promise<BuildCache> {
    const file = path.join(outDir, CACHE_FILE);
    let data: CacheData = { version: 1, notes: {} };
    try {
      const raw = JSON.parse(await readFile(file, 'utf8')) as CacheData;
      if (raw && raw.version === 1 && raw.notes && typeof raw.notes === 'object') data = { version: 1, notes: raw.notes, ...(raw.bundles && typeof raw.bundles === 'object' ? { bundles: raw.bundles } : {}) };
    } catch {
      // no cache yet, or a broken one: render everything
    }
    return new BuildCache(file, data);
  }

  key(note: string, id: string): string | undefined {
    return this.data.notes[note]?.keys[id];
  }

  digest(note: string): NoteDigest | undefined {
    return this.data.notes[note]?.digest;
  }

  /** @param file the output written, relative to the output folder */
  set(note: string, id: string, key: string, file?: string): void {
    const record = (this.data.notes[note] ??= { keys: {} });
    record.keys[id] = key;
    if (file !== undefined) (record.files ??= {})[id] = file;
  }

  /** the outputs recorded for a note, with the file each was written to (absent in caches of older versions) */
  outputs(note: string): { id: string; file?: string }[] {
    const record = this.data.notes[note];
    return record ? Object.keys(record.keys).map((id) => ({ id, file: record.files?.[id] })) : [];
  }

  setDigest(note: string, digest: NoteDigest): void {
    (this.data.notes[note] ??= { keys: {} }).digest = digest;
  }

  bundle(name: string): string | undefined {
    return this.data.bundles?.[name];
  }

  /** undefined: the bundle is gone or stale, build it next time */
  setBundle(name: string, key: string | undefined): void {
    if (key === undefined) delete this.data.bundles?.[name];
    else (this.data.bundles ??= {})[name] = key;
  }

  /** a note that failed: its outputs are gone and must be rendered again next time */
  forget(note: string): void {
    delete this.data.notes[note];
  }

  /** written atomically, notes sorted, so the file is deterministic */
  async save(): Promise<void> {
    const notes: Record<string, NoteRecord> = {};
    for (const k of Object.keys(this.data.notes).sort()) notes[k] = this.data.notes[k];
    const bundles = this.data.bundles && Object.keys(this.data.bundles).length ? { bundles: Object.fromEntries(Object.entries(this.data.bundles).sort()) } : {};
    await writeAtomic(this.file, `${JSON.stringify({ version: 1, notes, ...bundles })}\n`);
  }
}
