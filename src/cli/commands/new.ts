// bienban new [FILE]: write a note skeleton; asks on a terminal, flags and --yes for scripts.
// Never overwrites; without a terminal and without --yes it never waits for input.
import { writeFile } from 'node:fs/promises';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { makeDirs } from '../../fs/mkdirs.js';
import type { Ctx } from '../context.js';
import { EXIT } from '../exit.js';
import { plural, t } from '../../i18n/index.js';
import { displayPath } from '../../util/display-path.js';
import { shellPath } from '../shell-quote.js';
import { collectKnown } from '../../draft/suggest.js';
import { resolveDraft, todayIso, type DraftFlags, type DraftInput } from '../../draft/input.js';
import { askDraft, DraftCancelled, type Prompter } from '../../draft/ask.js';
import { draftRelPath, insideRoot, schemaRef } from '../../draft/filename.js';
import { schemaFileFor } from '../../draft/package-files.js';
import { draftSkeleton } from '../../draft/skeleton.js';

export interface NewOptions extends DraftFlags {
  yes?: boolean;
}

export interface NewDeps {
  /** replaces the terminal prompts (tests) */
  prompter?: Prompter;
  today?: string;
}

/** clack on the real terminal; loaded only here so other commands stay fast */
async function clackPrompter(): Promise<Prompter & { intro(s: string): void; outro(s: string): void }> {
  const clack = await import('@clack/prompts');
  const done = <T>(v: T | symbol): T => {
    if (clack.isCancel(v)) throw new DraftCancelled();
    return v;
  };
  return {
    text: async (p) => done(await clack.text({ message: p.message, placeholder: p.placeholder, initialValue: p.initialValue, defaultValue: p.defaultValue, validate: p.validate ? (v) => p.validate!(v ?? '') : undefined })),
    select: async <T extends string>(p: { message: string; options: { value: T; label: string; hint?: string }[]; initialValue?: T }) =>
      done(await clack.select<T>({ message: p.message, options: p.options as any, initialValue: p.initialValue, maxItems: 10 })) as T,
    intro: (s) => clack.intro(s),
    outro: (s) => clack.outro(s),
  };
}

const isDir = (p: string) => statSync(p, { throwIfNoEntry: false })?.isDirectory() ?? false;

const count = (d: DraftInput) => JSON.stringify(d).match(/"\[[^\]"]*\]"/g)?.length ?? 0;

export async function newCommand(ctx: Ctx, file: string | undefined, o: NewOptions, deps: NewDeps = {}): Promise<number> {
  const m = (vi: string, en: string) => (ctx.lang === 'en' ? en : vi);
  const root = ctx.config.file ? ctx.config.dir : ctx.io.cwd;
  const today = deps.today ?? todayIso();
  const known = await collectKnown(root);
  const { yes, ...flags } = o;
  const tty = !!(ctx.io.stdin as { isTTY?: boolean } | undefined)?.isTTY && !!ctx.io.stdout.isTTY;
  const interactive = !!deps.prompter || (!yes && tty);

  const report = (missing: string[], invalid: { flag: string; value: string; expected: string }[]) => {
    for (const i of invalid) ctx.err(m(`Lỗi: giá trị "${i.value}" của ${i.flag} không hợp lệ (cần: ${i.expected}).\n`, `Error: invalid value "${i.value}" for ${i.flag} (expected: ${i.expected}).\n`));
    if (missing.length) {
      ctx.err(m(`Lỗi: thiếu ${missing.join(', ')}.\n`, `Error: missing ${missing.join(', ')}.\n`));
      ctx.err(m('Không có bàn phím để hỏi (stdin không phải terminal): hãy cho đủ các cờ trên, hoặc thêm --yes để dùng chỗ trống đánh dấu [..].\n', 'Cannot ask (stdin is not a terminal): give the flags above, or add --yes to get marked [..] placeholders.\n'));
    }
    return EXIT.FAILURE;
  };

  // bad flag values stop us before any question is asked
  const pre = resolveDraft(flags, { mode: 'yes', today, known });
  if (!pre.ok && pre.invalid.some((i) => i.flag !== '--chair')) return report([], pre.invalid.filter((i) => i.flag !== '--chair'));

  let answers: DraftFlags = flags;
  let outro: ((s: string) => void) | undefined;
  if (interactive) {
    let p: Prompter;
    if (deps.prompter) p = deps.prompter;
    else {
      const c = await clackPrompter();
      c.intro(m('bienban — ghi chép mới', 'bienban — new note'));
      outro = c.outro;
      p = c;
    }
    try {
      answers = await askDraft(p, known, flags, { today, lang: ctx.lang });
    } catch (e) {
      if (!(e instanceof DraftCancelled)) throw e;
      ctx.err(m('Đã hủy; không ghi tệp nào.\n', 'Cancelled; nothing written.\n'));
      // Ctrl-C (or Esc) at a question is an interruption, as Ctrl-C is for every command
      return EXIT.INTERRUPTED;
    }
  }
  const r = resolveDraft(answers, { mode: yes ? 'yes' : 'strict', today, known });
  if (!r.ok) return report(r.missing, r.invalid);

  const target = file ? path.resolve(ctx.io.cwd, file) : insideRoot(root, draftRelPath(r.input.date, r.input.host.name));
  const shown = displayPath(ctx.io.cwd, target);
  const exists = () => {
    // a folder of that name is not "a file that is there"
    ctx.err(`${t(ctx.lang, isDir(target) ? 'cli/new-is-dir' : 'cli/new-exists', { path: shown })}\n`);
    return EXIT.FAILURE;
  };
  if (existsSync(target)) return exists();
  const text = draftSkeleton(r.input, { schemaRef: schemaRef(target, schemaFileFor(root)) });
  makeDirs(path.dirname(target));
  try {
    await writeFile(target, text, { flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return exists();
    throw e;
  }
  outro?.(m('Đã ghi.', 'Written.'));
  ctx.out(`${shown}\n`);
  const todo = count(r.input);
  if (todo) ctx.err(m(`Còn ${todo} chỗ cần điền (đánh dấu "TODO").\n`, `${todo} ${plural(todo, 'placeholder', 'placeholders')} left to fill (marked "TODO").\n`));
  ctx.err(m(`Tiếp theo: viết nội dung các mục rồi chạy: bienban check ${shellPath(shown)}\n`, `Next: write the sections, then run: bienban check ${shellPath(shown)}\n`));
  return EXIT.OK;
}
