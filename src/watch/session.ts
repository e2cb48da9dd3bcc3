// A live preview session: renders the watched notes to HTML, watches them and the templates,
// and re-renders after each burst of saves. Reports through events, never prints.
import { EventEmitter } from 'node:events';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { NoteRenderer } from '../api/render.js';
import type { LintOptions } from '../lint.js';
import type { DocKind } from '../render/build-view.js';
import type { FileResult } from '../diagnostics.js';
import type { FontSetting } from '../render/fonts.js';
import { collectNotes } from '../fs/collect.js';
import { SKIPPED_DIRS } from '../fs/skipped-dirs.js';
import { Debouncer } from './debounce.js';
import { FolderWatcher } from './folders.js';
import { watchRoots } from './roots.js';

export interface PreviewOptions extends LintOptions {
  /** files, folders or globs, as for `check` (default: .) */
  inputs: string[];
  cwd: string;
  outDir: string;
  docs: DocKind[];
  templateDir?: string;
  font?: FontSetting;
  /** quiet time before a burst of saves is rendered (default 100 ms) */
  debounceMs?: number;
  /** the config's `ignore` globs and the folder they are relative to, as check and render use them */
  ignore?: readonly string[];
  ignoreBase?: string;
}

export interface NoteState {
  file: string;
  /** path relative to cwd, forward slashes: the note's id in URLs */
  rel: string;
  result: FileResult;
  /** rendered HTML per document, absent when the note has errors */
  html: Partial<Record<DocKind, string>>;
  /** engine failure (not a problem of the note) */
  error?: string;
}

export interface RenderedEvent {
  /** ids (rel) of the notes rendered in this batch */
  files: string[];
  /** every note was rendered again (start, templates changed) */
  all: boolean;
  states: NoteState[];
  /** notes gone since the last batch (deleted, renamed or moved away), with the files this session had written for them, now deleted */
  removed: RemovedNote[];
  /** ms from the first file event of the batch to the end of rendering (0 at start) */
  ms: number;
}

export interface RemovedNote {
  rel: string;
  deleted: string[];
}

export interface PreviewEvents {
  rendered: [RenderedEvent];
  error: [Error];
}

const IGNORED = /(^|[\\/])(node_modules|\.git)([\\/]|$)/;

export class PreviewSession extends EventEmitter<PreviewEvents> {
  private readonly states = new Map<string, NoteState>();
  /** rel → the output files this session wrote for it: only these are deleted with the note */
  private readonly written = new Map<string, Set<string>>();
  private watcher?: FolderWatcher;
  private readonly debouncer: Debouncer<string>;
  private renderer!: NoteRenderer;
  private chain: Promise<void> = Promise.resolve();
  private closed = false;
  private readonly outAbs: string;
  private readonly templateAbs?: string;

  private constructor(private readonly opts: PreviewOptions) {
    super();
    this.outAbs = path.resolve(opts.cwd, opts.outDir);
    this.templateAbs = opts.templateDir ? path.resolve(opts.cwd, opts.templateDir) : undefined;
    this.debouncer = new Debouncer(opts.debounceMs ?? 100, (items, firstAt) => this.enqueue(items, firstAt));
  }

  /** renders everything once, then starts watching */
  static async start(opts: PreviewOptions): Promise<PreviewSession> {
    const s = new PreviewSession(opts);
    s.renderer = await s.createRenderer();
    const { files } = await collectNotes(opts.inputs, opts.cwd, opts.ignore, opts.ignoreBase);
    await s.renderAll(files, performance.now(), true);
    await s.startWatching();
    return s;
  }

  rel(file: string): string {
    return path.relative(this.opts.cwd, file).split(path.sep).join('/') || path.basename(file);
  }

  notes(): NoteState[] {
    return [...this.states.values()].sort((a, b) => a.rel.localeCompare(b.rel));
  }

  note(rel: string): NoteState | undefined {
    return this.states.get(rel);
  }

  get docs(): readonly DocKind[] {
    return this.opts.docs;
  }

  /** resolves once every queued render has finished */
  idle(): Promise<void> {
    return this.chain;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.debouncer.close();
    this.watcher?.close();
    await this.chain;
  }

  private createRenderer(): Promise<NoteRenderer> {
    const { inputs: _i, debounceMs: _d, ...o } = this.opts;
    return NoteRenderer.create({ ...o, formats: ['html'] });
  }

  private async startWatching(): Promise<void> {
    const { roots } = await watchRoots(this.opts.inputs, this.opts.cwd);
    const skipped = new Set(SKIPPED_DIRS);
    this.watcher = new FolderWatcher({
      onChange: (p) => {
        if (!this.closed) this.debouncer.add(p);
      },
      onError: (e) => this.emit('error', e),
      // the folders collectNotes never searches (hidden ones, out/, node_modules) need no watch
      skip: (dir) => skipped.has(path.basename(dir)) || path.basename(dir).startsWith('.') || this.inside(this.outAbs, dir),
    });
    for (const r of roots) this.watcher.add(r.dir, r.recursive);
    if (this.templateAbs) this.watcher.add(this.templateAbs, true);
  }

  private enqueue(items: Set<string>, firstAt: number): void {
    this.chain = this.chain.then(() => this.process(items, firstAt)).catch((e) => void this.emit('error', e as Error));
  }

  private inside(dir: string | undefined, p: string): boolean {
    if (!dir) return false;
    const r = path.relative(dir, p);
    return r === '' || (!r.startsWith('..') && !path.isAbsolute(r));
  }

  private async process(items: Set<string>, firstAt: number): Promise<void> {
    if (this.closed) return;
    const changed = [...items].filter((p) => !IGNORED.test(p) && !this.inside(this.outAbs, p));
    const templates = changed.some((p) => this.inside(this.templateAbs, p));
    const { files } = await collectNotes(this.opts.inputs, this.opts.cwd, this.opts.ignore, this.opts.ignoreBase);
    const current = new Set(files);
    const gone: string[] = [];
    for (const [rel, s] of this.states) {
      if (current.has(s.file)) continue;
      this.states.delete(rel);
      gone.push(rel);
    }
    const removed = await this.deleteOutputs(gone);
    if (templates) {
      // a fresh renderer drops the compiled templates
      this.renderer = await this.createRenderer();
      return this.renderAll(files, firstAt, true, removed);
    }
    // a changed path is the note itself or a folder above it (created, moved in, or an event naming nothing)
    const todo = files.filter((f) => !this.states.has(this.rel(f)) || changed.some((c) => this.inside(c, f)));
    if (todo.length === 0 && removed.length === 0) return;
    return this.renderAll(todo, firstAt, false, removed);
  }

  /** deletes what this session wrote for notes now gone, unless a remaining note wrote it too */
  private async deleteOutputs(gone: string[]): Promise<RemovedNote[]> {
    const mine = gone.map((rel) => {
      const files = [...(this.written.get(rel) ?? [])];
      this.written.delete(rel);
      return { rel, files };
    });
    const kept = new Set([...this.written.values()].flatMap((s) => [...s]));
    const removed: RemovedNote[] = [];
    for (const { rel, files } of mine) {
      const deleted = files.filter((f) => !kept.has(f));
      for (const f of deleted) await rm(f, { force: true });
      removed.push({ rel, deleted });
    }
    return removed;
  }

  private async renderAll(files: string[], firstAt: number, all: boolean, removed: RemovedNote[] = []): Promise<void> {
    const done: NoteState[] = [];
    for (const file of files) done.push(await this.renderOne(file));
    this.emit('rendered', { files: done.map((s) => s.rel), all, states: done, removed, ms: performance.now() - firstAt });
  }

  private async renderOne(file: string): Promise<NoteState> {
    const rel = this.rel(file);
    const r = await this.renderer.renderFile(file);
    const html: NoteState['html'] = {};
    if (!r.failed) {
      const mine = this.written.get(rel) ?? new Set<string>();
      for (const o of r.outputs) mine.add(o);
      this.written.set(rel, mine);
      // outputs follow the order of opts.docs (one format)
      for (const [i, doc] of this.opts.docs.entries()) html[doc] = await readFile(r.outputs[i], 'utf8');
    } else {
      // as render does: a broken note leaves no earlier document in out/ to be taken for current
      await this.deleteOutputs([rel]);
    }
    const state: NoteState = { file, rel, result: r.result, html, ...(r.error ? { error: r.error } : {}) };
    this.states.set(rel, state);
    return state;
  }
}
