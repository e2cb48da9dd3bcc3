// bienban render [PATHS...]: notes → HTML/PDF/DOCX minutes under out/.
import path from 'node:path';
import type { Ctx } from '../context.js';
import { collectNotes } from '../../fs/collect.js';
import { usageError } from '../../errors.js';
import { t } from '../../i18n/index.js';
import { FORMAT_NAMES } from '../../render/formats.js';
import { DOC_KINDS, type DocKind } from '../../render/build-view.js';
import { NoteRenderer } from '../../api/render.js';
import { reporterByName } from '../../report/index.js';
import { VERSION } from '../../version.js';
import { EXIT } from '../exit.js';

export interface RenderCliOptions {
  to: string;
  doc: string;
  out?: string;
}

export function parseList<T extends string>(ctx: Ctx, option: string, value: string, allowed: readonly T[], all?: readonly T[]): T[] {
  const items = value.split(',').map((s) => s.trim()).filter(Boolean);
  if (all && items.length === 1 && items[0] === 'all') return [...all];
  for (const i of items) if (!allowed.includes(i as T)) throw usageError(t(ctx.lang, 'cli/bad-option', { value: i, option, reason: allowed.join('|') }));
  if (items.length === 0) throw usageError(t(ctx.lang, 'cli/bad-option', { value, option, reason: allowed.join('|') }));
  return [...new Set(items)] as T[];
}

export async function renderCommand(ctx: Ctx, paths: string[], o: RenderCliOptions): Promise<number> {
  const formats = parseList(ctx, '--to', o.to, FORMAT_NAMES);
  const docs = parseList<DocKind>(ctx, '--doc', o.doc, DOC_KINDS, DOC_KINDS);
  const outDir = o.out ?? ctx.config.out ?? 'out';
  const { files, missing } = await collectNotes(paths, ctx.io.cwd);
  for (const m of missing) ctx.err(`${t(ctx.lang, 'cli/path-missing', { path: m })}\n`);
  if (files.length === 0) {
    ctx.err(`${t(ctx.lang, 'cli/no-files', { paths: (paths.length ? paths : ['.']).join(', ') })}\n`);
    return EXIT.FAILURE;
  }
  const started = Date.now();
  const templateDir = ctx.config.templates ? path.resolve(ctx.config.dir, ctx.config.templates) : undefined;
  const renderer = await NoteRenderer.create({
    formats, docs, outDir, cwd: ctx.io.cwd, templateDir, font: ctx.config.font,
    lang: ctx.lang, rules: ctx.config.rules, ruleOptions: { toneStyle: ctx.config.toneStyle ?? 'old' },
  });
  let rendered = 0, failed = 0;
  const failures = [];
  for (const file of files) {
    const r = await renderer.renderFile(file);
    if (r.failed) { failed++; failures.push(r); continue; }
    rendered += r.outputs.length;
    for (const out of r.outputs) ctx.err(`${t(ctx.lang, 'cli/rendered', { path: path.relative(ctx.io.cwd, out) })}\n`);
  }
  if (failures.length) {
    const stylish = reporterByName('stylish')!;
    const text = stylish.format(failures.map((f) => ({ ...f.result, messages: f.result.messages.filter((m) => m.severity === 2) })), { lang: ctx.lang, color: ctx.color, cwd: ctx.io.cwd, version: VERSION });
    ctx.err(text);
    for (const f of failures) if (f.error) ctx.err(`${path.relative(ctx.io.cwd, f.file)}: ${f.error}\n`);
  }
  ctx.err(`${t(ctx.lang, 'cli/render-summary', { rendered, skipped: 0, failed, seconds: ((Date.now() - started) / 1000).toFixed(2) })}\n`);
  return failed ? EXIT.PROBLEMS : missing.length ? EXIT.FAILURE : EXIT.OK;
}
