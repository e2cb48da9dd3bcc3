// Rule documentation pages, generated from the registry (docs/rules/), so the docs never drift.
import { RULES } from './index.js';
import type { Example, Rule } from './types.js';
import { exampleSource } from './example-note.js';

const exampleMd = (e: Example) => `\`\`\`markdown\n${exampleSource(e)}\n\`\`\``;

export function ruleDoc(r: Rule): string {
  const sev = r.severity === 'error' ? 'lỗi / error' : 'cảnh báo / warning';
  return `# \`${r.id}\`

${r.description.vi}

*${r.description.en}*

| | |
|---|---|
| mức mặc định / default severity | ${sev} |
| nhóm / category | ${r.category} |
| tự sửa / fixable | ${r.fixable ? 'có / yes (`bienban check --fix`)' : 'không / no'} |

## Vì sao, sửa thế nào

${r.docs.vi}

## Why, and how to fix

${r.docs.en}

## Sai / Wrong

${exampleMd(r.examples.wrong)}

## Đúng / Right

${exampleMd(r.examples.right)}

Tắt / turn off: \`rules: { ${r.id}: off }\` in \`bienban.config.yaml\`, or \`<!-- bienban-disable ${r.id} -->\` in a note.
`;
}

export function rulesIndex(): string {
  const rows = RULES.map((r) => `| [\`${r.id}\`](${r.id}.md) | ${r.severity} | ${r.fixable ? '✓' : ''} | ${r.description.vi} |`).join('\n');
  return `# Quy tắc kiểm tra / Rules

Sinh tự động từ \`src/rules/\` (\`npm run docs\`); đừng sửa tay. Generated from the registry; do not edit.

| mã / id | mức / severity | tự sửa / fix | kiểm tra gì |
|---|---|---|---|
${rows}
`;
}

/** every generated file: path relative to docs/rules → content */
export function ruleDocFiles(): Map<string, string> {
  const out = new Map<string, string>([['README.md', rulesIndex()]]);
  for (const r of RULES) out.set(`${r.id}.md`, ruleDoc(r));
  return out;
}
