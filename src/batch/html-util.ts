// Shared bits of the batch HTML pages (index, summary): escaping and one self-contained shell.

import { escapeHtml } from '../util/escape.js';

export { escapeHtml };

/** a relative link made of path segments, each percent-encoded ("../" never appears: outputs live below) */
export function hrefOf(relPath: string): string {
  return relPath.split(/[\\/]/).map(encodeURIComponent).join('/');
}

export const TYPE_LABEL: Record<string, string> = { 'lam-viec': 'Làm việc', 'kiem-tra': 'Kiểm tra' };

const CSS = `body{font-family:"Times New Roman","Liberation Serif",serif;font-size:15px;margin:2em auto;max-width:70em;padding:0 1em;color:#111}
h1{font-size:1.5em;text-align:center}
table{border-collapse:collapse;width:100%;margin:1.2em 0}
caption{font-weight:bold;text-align:left;padding:.3em 0}
th,td{border:1px solid #999;padding:.3em .5em;vertical-align:top;text-align:left}
th{background:#eee}
td.num{white-space:nowrap}
a{margin-right:.6em}`;

export function pageShell(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
${CSS}
</style>
</head>
<body>
${body}
</body>
</html>
`;
}
