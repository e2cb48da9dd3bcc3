// bienban init [DIR]: a new workspace (config, reports/ with a sample, schema, editor and CI
// settings). Existing files are kept and listed as skipped.
import path from 'node:path';
import type { Ctx } from '../context.js';
import { EXIT } from '../exit.js';
import { existsSync } from 'node:fs';
import { plural, t } from '../../i18n/index.js';
import { CI_PACKAGE, planWorkspace, WORKFLOW_REL, writeWorkspace } from '../../draft/workspace.js';
import { displayPath } from '../../util/display-path.js';
import { shellPath } from '../shell-quote.js';

export interface InitOptions {
  templates?: boolean;
}

export async function initCommand(ctx: Ctx, dir: string | undefined, o: InitOptions): Promise<number> {
  const m = (vi: string, en: string) => (ctx.lang === 'en' ? en : vi);
  const root = path.resolve(ctx.io.cwd, dir ?? '.');
  const plan = await planWorkspace({ templates: !!o.templates, lang: ctx.lang });
  const { created, skipped } = await writeWorkspace(root, plan.files);
  const shown = (rel: string) => displayPath(ctx.io.cwd, path.join(root, rel)) + (rel.endsWith('/') ? '/' : '');
  const tplCount = (list: string[]) => list.filter((f) => f.startsWith('templates/')).length;
  for (const f of created) if (!f.startsWith('templates/')) ctx.out(`${m('đã tạo', 'created')}  ${shown(f)}\n`);
  if (tplCount(created)) ctx.out(`${m('đã tạo', 'created')}  ${shown('templates/')} (${tplCount(created)} ${m('tệp', plural(tplCount(created), 'file', 'files'))})\n`);
  for (const f of skipped) if (!f.startsWith('templates/')) ctx.out(`${m('bỏ qua', 'skipped')}  ${shown(f)} (${m('đã có', 'exists')})\n`);
  if (tplCount(skipped)) ctx.out(`${m('bỏ qua', 'skipped')}  ${tplCount(skipped)} ${m('tệp mẫu đã có trong', 'existing template files in')} ${shown('templates/')}\n`);
  if (plan.notes.includes('sample-missing')) ctx.err(m('Không tìm thấy ghi chép mẫu trong gói bienban; bỏ qua.\n', 'The sample note is not in the bienban package; skipped.\n'));
  if (o.templates && skipped.includes('bienban.config.yaml')) {
    ctx.err(m('Tệp cấu hình đã có: thêm dòng "templates: templates" để dùng mẫu vừa chép.\n', 'The config file already exists: add "templates: templates" to use the copied templates.\n'));
  }
  // CI installs bienban from a package file committed into the workspace: say how to put it there
  if (created.includes(WORKFLOW_REL) && !existsSync(path.join(root, CI_PACKAGE))) {
    ctx.err(`${t(ctx.lang, 'cli/init-ci-package', { workflow: shown(WORKFLOW_REL), path: shown(CI_PACKAGE) })}\n`);
  }
  const cd = displayPath(ctx.io.cwd, root);
  const cdLine = cd === '.' ? '' : `  cd ${shellPath(cd)}\n`;
  ctx.err(m(
    `\nTiếp theo:\n${cdLine}  bienban new            # ghi chép mới\n  bienban check          # kiểm tra\n  bienban watch          # xem trước, tự tải lại khi lưu\n`,
    `\nNext:\n${cdLine}  bienban new            # a new note\n  bienban check          # check\n  bienban watch          # live preview\n`,
  ));
  return EXIT.OK;
}
