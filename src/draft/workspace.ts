// `bienban init`: the files of a new workspace, planned in memory, then written without
// ever replacing an existing file (each one created with O_EXCL; existing ones are reported).
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { makeDirs } from '../fs/mkdirs.js';
import { RULES } from '../rules/index.js';
import { VERSION } from '../version.js';
import { PACKAGE_SAMPLE, PACKAGE_SCHEMA, PACKAGE_TEMPLATES, WORKSPACE_SCHEMA } from './package-files.js';
import { schemaRef } from './filename.js';

export interface PlannedFile {
  /** path relative to the workspace, forward slashes */
  rel: string;
  content: string | Uint8Array;
}

export const SAMPLE_REL = 'reports/2024/Q3/2024-07-23-ubnd-tinh-bac-kan.md';

export function configText(withTemplates: boolean, lang: 'vi' | 'en' = 'vi'): string {
  const rule = RULES.find((r) => r.severity === 'warn') ?? RULES[0];
  return `# Cấu hình bienban. Xem: bienban --help
# bienban tìm tệp này từ thư mục hiện tại trở lên; thư mục chứa tệp là gốc của không gian làm việc.

# Ngôn ngữ thông báo: vi | en
lang: ${lang}

# Kiểu đặt dấu thanh được coi là chuẩn: old ("hòa", "thủy") | new ("hoà", "thuỷ")
toneStyle: old

# Mức độ từng quy tắc: off | warn | error. Danh sách: bienban rules; giải thích: bienban explain <mã>
rules:
  ${rule ? `${rule.id}: ${rule.severity}` : ''}
  # required-sections: error

# Thư mục mẫu trình bày riêng (cùng cấu trúc với templates/ của bienban); tệp nào có ở đây
# sẽ thay mẫu có sẵn cùng tên. Tạo bằng: bienban init --templates
${withTemplates ? '' : '# '}templates: templates

# Phông chữ cho PDF: liberation (mặc định) | times
# font: liberation

# Thư mục kết quả của bienban render
# out: out

# Các tệp Markdown không phải ghi chép (bỏ qua khi quét thư mục)
ignore:
  - "**/README.md"
`;
}

/** the YAML extension only validates YAML documents; the modeline in each note serves the rest */
export const VSCODE_SETTINGS = `${JSON.stringify(
  {
    'yaml.schemas': { [`./${WORKSPACE_SCHEMA.split(path.sep).join('/')}`]: ['reports/**/*.md'] },
    'files.associations': { 'bienban.config.yaml': 'yaml', 'reports/**/*.md': 'markdown' },
    'files.encoding': 'utf8',
    'files.eol': '\n',
    'editor.unicodeHighlight.invisibleCharacters': true,
  },
  null,
  2,
)}\n`;

export const GITIGNORE = 'out/\nnode_modules/\n.bienban-check-cache.json\n';

export const WORKFLOW_REL = '.github/workflows/bienban.yml';

/** the package file CI installs bienban from, committed into the workspace */
export const CI_PACKAGE = `tools/bienban-${VERSION}.tgz`;

/**
 * Never `npx bienban` from the registry by bare name: bienban is not published there, and
 * whoever registers the name would have CI run their code. The package file in the
 * repository is installed instead, and its absence is an annotation that says what to do.
 */
export const workflowText = (lang: 'vi' | 'en' = 'vi') => `# Kiểm tra các ghi chép ở mỗi lần push và pull request; lỗi hiện ngay trên dòng của tệp.
# bienban được cài từ tệp gói trong kho (${CI_PACKAGE}), không tải từ npm theo tên.
# Tạo tệp gói bằng "npm pack" trong thư mục mã nguồn bienban, chép vào tools/ rồi commit.
name: bienban
on:
  push:
  pull_request:
permissions:
  contents: read
jobs:
  check:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - name: bienban check
        env:
          PKG: ${CI_PACKAGE}
        run: |
          if [ ! -f "$PKG" ]; then
            echo "::error file=.github/workflows/bienban.yml,title=bienban::${lang === 'en' ? '$PKG is missing. Run npm pack in the bienban source folder, copy the .tgz into tools/ and commit it.' : 'Thiếu $PKG. Chạy npm pack trong thư mục mã nguồn bienban, chép tệp .tgz vào tools/ rồi commit.'}"
            exit 1
          fi
          npm install --global --ignore-scripts "./$PKG"
          bienban check --format github
`;

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await filesUnder(p)));
    else if (e.isFile()) out.push(p);
  }
  return out.sort();
}

/** the sample note with its modeline pointing at the workspace schema */
async function sampleNote(): Promise<string | undefined> {
  const text = await readFile(PACKAGE_SAMPLE, 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  const ref = schemaRef(path.resolve('/w', SAMPLE_REL), path.resolve('/w', WORKSPACE_SCHEMA));
  return text.replace(/^# yaml-language-server: \$schema=.*$/m, `# yaml-language-server: $schema=${ref}`);
}

export async function planWorkspace(o: { templates: boolean; lang?: 'vi' | 'en' }): Promise<{ files: PlannedFile[]; notes: string[] }> {
  const notes: string[] = [];
  const files: PlannedFile[] = [
    { rel: 'bienban.config.yaml', content: configText(o.templates, o.lang) },
    { rel: WORKSPACE_SCHEMA.split(path.sep).join('/'), content: await readFile(PACKAGE_SCHEMA) },
    { rel: '.vscode/settings.json', content: VSCODE_SETTINGS },
    { rel: '.gitignore', content: GITIGNORE },
    { rel: WORKFLOW_REL, content: workflowText(o.lang) },
  ];
  const sample = await sampleNote();
  if (sample) files.push({ rel: SAMPLE_REL, content: sample });
  else notes.push('sample-missing');
  if (o.templates) {
    for (const f of await filesUnder(PACKAGE_TEMPLATES)) {
      files.push({ rel: `templates/${path.relative(PACKAGE_TEMPLATES, f).split(path.sep).join('/')}`, content: await readFile(f) });
    }
  }
  return { files, notes };
}

export interface WriteReport {
  created: string[];
  skipped: string[];
}

export async function writeWorkspace(dir: string, files: readonly PlannedFile[]): Promise<WriteReport> {
  const report: WriteReport = { created: [], skipped: [] };
  for (const f of files) {
    const abs = path.join(dir, ...f.rel.split('/'));
    makeDirs(path.dirname(abs));
    try {
      await writeFile(abs, f.content, { flag: 'wx' });
      report.created.push(f.rel);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      report.skipped.push(f.rel);
    }
  }
  // reports/ exists even when the sample could not be copied
  makeDirs(path.join(dir, 'reports'));
  return report;
}
