// bienban rules / bienban explain RULE: the rule catalogue from the registry.
import type { Ctx } from '../context.js';
import { BUILTINS, RULES, RULES_BY_ID } from '../../rules/index.js';
import { pick, t } from '../../i18n/index.js';
import { usageError } from '../../errors.js';
import { nearest } from '../../util/nearest.js';
import type { Example } from '../../rules/types.js';
import { exampleSource } from '../../rules/example-note.js';
import { choice } from '../choice.js';

export const RULES_FORMATS = ['text', 'json'] as const;

export function rulesCommand(ctx: Ctx, o: { format?: string }): number {
  if (choice(ctx.lang, '--format', o.format ?? 'text', RULES_FORMATS) === 'json') {
    ctx.out(`${JSON.stringify(RULES.map((r) => ({ id: r.id, severity: r.severity, category: r.category, fixable: !!r.fixable, description: pick(ctx.lang, r.description) })), null, 2)}\n`);
    return 0;
  }
  const w = Math.max(...RULES.map((r) => r.id.length));
  const fixMark = ctx.lang === 'en' ? 'fix' : 'sửa';
  const sw = ctx.lang === 'en' ? 5 : 8;
  for (const r of RULES) {
    const sev = severityWord(ctx.lang, ctx.config.rules?.[r.id] ?? r.severity);
    ctx.out(`${r.id.padEnd(w)}  ${sev.padEnd(sw)}  ${r.fixable ? fixMark : '   '}  ${pick(ctx.lang, r.description)}\n`);
  }
  ctx.out(
    ctx.lang === 'en'
      ? `\n${RULES.length} rules; "fix": fixed by check --fix. Details: bienban explain RULE\n`
      : `\n${RULES.length} quy tắc; "sửa": tự sửa được bằng check --fix. Chi tiết: bienban explain MÃ-QUY-TẮC. Trong tệp cấu hình, mức độ viết là error (lỗi), warn (cảnh báo) hoặc off (tắt).\n`,
  );
  return 0;
}

// the words check prints; the config takes the English keywords, as the footer of `rules` says
const SEVERITY_VI: Record<string, string> = { error: 'lỗi', warn: 'cảnh báo', off: 'tắt' };
const severityWord = (lang: string, sev: string) => (lang === 'en' ? sev : (SEVERITY_VI[sev] ?? sev));

const showExample = (e: Example) => exampleSource(e).split('\n').map((l) => `    ${l}`).join('\n');

export function explainCommand(ctx: Ctx, id: string): number {
  const r = RULES_BY_ID.get(id);
  const builtin = BUILTINS[id];
  if (!r && builtin) {
    ctx.out(`${id}\n\n${pick(ctx.lang, builtin)}\n\n${ctx.lang === 'en' ? 'Reported by bienban itself, not by a rule (reading the note, its fields, disable comments); cannot be turned off.' : 'Do bienban tự báo, không phải một quy tắc (khi đọc ghi chép, các trường, chú thích tắt quy tắc); không tắt được.'}\n`);
    return 0;
  }
  if (!r) {
    const near = nearest(id, [...RULES_BY_ID.keys(), ...Object.keys(BUILTINS)]);
    throw usageError(t(ctx.lang, 'cli/unknown-rule', { id }), near ? t(ctx.lang, 'cli/suggest', { id: near }).trim() : undefined);
  }
  const en = ctx.lang === 'en';
  ctx.out(
    `${r.id} (${severityWord(ctx.lang, r.severity)}${r.fixable ? (en ? ', fixable' : ', tự sửa được') : ''})\n\n` +
      `${pick(ctx.lang, r.description)}\n\n${pick(ctx.lang, r.docs)}\n\n` +
      `${en ? 'Wrong' : 'Sai'}:\n${showExample(r.examples.wrong)}\n\n${en ? 'Right' : 'Đúng'}:\n${showExample(r.examples.right)}\n`,
  );
  return 0;
}
