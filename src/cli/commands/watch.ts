// bienban watch [PATHS...] (alias preview): re-check and re-render HTML on every save,
// serve it on 127.0.0.1 with live reload, print diagnostics to stderr; Ctrl-C stops.
import path from 'node:path';
import type { Ctx } from '../context.js';
import { EXIT } from '../exit.js';
import { BienbanError, usageError } from '../../errors.js';
import { plural, t } from '../../i18n/index.js';
import { DOC_KINDS, type DocKind } from '../../render/build-view.js';
import { reporterByName } from '../../report/index.js';
import { VERSION } from '../../version.js';
import { parseList } from '../batch-options.js';
import { PreviewSession, type RenderedEvent } from '../../watch/session.js';
import { startPreviewServer } from '../../watch/server.js';
import { noteUrl } from '../../watch/pages.js';
import { watchRoots } from '../../watch/roots.js';
import { prepareOutDir } from '../out-dir.js';
import { displayPath } from '../../util/display-path.js';

export interface WatchOptions {
  port: string;
  doc: string;
  out?: string;
}

export interface WatchDeps {
  /** resolves when the command should stop (default: SIGINT or SIGTERM) */
  stop?: Promise<unknown>;
  /** called once the server listens (tests) */
  ready?: (url: string) => void;
}

function untilSignal(): { done: Promise<unknown>; dispose(): void } {
  let dispose = () => {};
  const done = new Promise((resolve) => {
    const on = () => resolve(undefined);
    process.once('SIGINT', on);
    process.once('SIGTERM', on);
    dispose = () => {
      process.off('SIGINT', on);
      process.off('SIGTERM', on);
    };
  });
  return { done, dispose };
}

export async function watchCommand(ctx: Ctx, paths: string[], o: WatchOptions, deps: WatchDeps = {}): Promise<number> {
  const m = (vi: string, en: string) => (ctx.lang === 'en' ? en : vi);
  const port = Number(o.port);
  if (!/^\d+$/.test(o.port) || port > 65535) throw usageError(m(`Giá trị "${o.port}" của --port không hợp lệ (0–65535).`, `Invalid --port "${o.port}" (0–65535).`));
  const docs = parseList<DocKind>(ctx, '--doc', o.doc, DOC_KINDS, DOC_KINDS);
  const stylish = reporterByName('stylish')!;
  const print = (e: RenderedEvent) => {
    const shown = e.states.filter((s) => s.result.messages.length);
    if (shown.length) ctx.err(stylish.format(shown.map((s) => s.result), { lang: ctx.lang, color: !!ctx.io.stderr.isTTY && ctx.color, cwd: ctx.io.cwd, version: VERSION }));
    for (const s of e.states) if (s.error) ctx.err(`${s.rel}: ${s.error}\n`);
    const bad = e.states.filter((s) => s.result.errorCount || s.error).length;
    const time = new Date().toLocaleTimeString('vi-VN', { hour12: false });
    const ms = e.ms > 0 ? ` (${Math.round(e.ms)} ms)` : '';
    for (const r of e.removed) {
      const outputs = r.deleted.map((f) => displayPath(ctx.io.cwd, f).split(path.sep).join('/')).join(', ');
      ctx.err(`[${time}] ${t(ctx.lang, outputs ? 'cli/watch-removed-outputs' : 'cli/watch-removed', { path: r.rel, outputs })}\n`);
    }
    if (e.states.length === 0) return;
    ctx.err(m(`[${time}] đã cập nhật ${e.states.length} ghi chép${bad ? `, ${bad} có lỗi` : ''}${ms}\n`, `[${time}] updated ${e.states.length} ${plural(e.states.length, 'note', 'notes')}${bad ? `, ${bad} with errors` : ''}${ms}\n`));
  };

  // a path that names nothing is a typo more often than a folder still to come: stop, as check does
  const { missing } = await watchRoots(paths, ctx.io.cwd);
  for (const p of missing) ctx.err(`${t(ctx.lang, 'cli/path-missing', { path: p })}\n`);
  if (missing.length) return EXIT.FAILURE;
  // as render: an output folder that cannot be used is told once, before any note renders
  const outDir = o.out ?? ctx.config.out ?? 'out';
  prepareOutDir(ctx.lang, ctx.io.cwd, outDir);

  const session = await PreviewSession.start({
    inputs: paths, cwd: ctx.io.cwd, ignore: ctx.config.ignore, ignoreBase: ctx.config.dir, outDir, docs,
    templateDir: ctx.config.templates ? path.resolve(ctx.config.dir, ctx.config.templates) : undefined,
    font: ctx.config.font, lang: ctx.lang, rules: ctx.config.rules, ruleOptions: { toneStyle: ctx.config.toneStyle ?? 'old' },
  });
  const initial = session.notes();
  if (initial.some((s) => s.result.messages.length || s.error)) print({ files: [], all: true, states: initial, removed: [], ms: 0 });
  session.on('rendered', print);
  session.on('error', (e) => {
    // a template saved broken: where and why (the engine's words too), and that watch goes on
    if (e instanceof BienbanError && e.code === 'TEMPLATE') {
      ctx.err(`${m('Lỗi mẫu trình bày', 'Template error')}: ${e.message}\n${e.hint ? `${e.hint}\n` : ''}${t(ctx.lang, 'cli/watch-template-wait')}\n`);
    } else ctx.err(`${m('Lỗi theo dõi tệp', 'Watch error')}: ${e.message}\n`);
  });

  let server;
  try {
    server = await startPreviewServer(session, { port, lang: ctx.lang });
  } catch (e) {
    await session.close();
    if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE') throw usageError(m(`Cổng ${port} đang bận; chọn cổng khác bằng --port (0 = tự chọn).`, `Port ${port} is in use; pick another with --port (0 = any).`));
    throw e;
  }
  const notes = session.notes();
  ctx.out(`${server.url}\n`);
  if (notes.length === 1) ctx.err(`${server.url.replace(/\/$/, '')}${noteUrl(notes[0].rel, docs[0])}\n`);
  if (notes.length === 0) ctx.err(`${t(ctx.lang, 'cli/watch-no-notes', { paths: (paths.length ? paths : ['.']).join(', ') })}\n`);
  else ctx.err(m(`Đang theo dõi ${notes.length} ghi chép; nhấn Ctrl-C để dừng.\n`, `Watching ${notes.length} ${plural(notes.length, 'note', 'notes')}; press Ctrl-C to stop.\n`));
  deps.ready?.(server.url);

  const sig = deps.stop ? undefined : untilSignal();
  await (deps.stop ?? sig!.done);
  sig?.dispose();
  await server.close();
  await session.close();
  ctx.err(m('Đã dừng.\n', 'Stopped.\n'));
  return EXIT.OK;
}
