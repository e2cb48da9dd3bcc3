// The preview's pages: the rendered note with a reload script (its CSP widened in this copy only),
// an error page listing file:line:col messages, and the index. All user text is escaped.
import { plural, type Lang } from '../i18n/index.js';
import type { NoteState } from './session.js';
import type { DocKind } from '../render/build-view.js';

import { escapeHtml } from '../util/escape.js';

export { escapeHtml };

/** JSON safe inside a <script> element */
const scriptJson = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

/** reloads when one of `watching` (or everything) was rendered again; null watches every note */
export function reloadScript(nonce: string, watching: string | null): string {
  return `<script nonce="${nonce}">(() => {
  const me = ${scriptJson(watching)};
  const es = new EventSource('/events');
  es.addEventListener('reload', (e) => {
    const d = JSON.parse(e.data);
    if (me === null || d.all || d.files.includes(me)) location.reload();
  });
})();</script>`;
}

const CSP_META = /(<meta\s+http-equiv\s*=\s*["']Content-Security-Policy["']\s+content\s*=\s*")([^"]*)(")/i;

/** the served copy of a rendered page: CSP allows our one script and /events, script before </body> */
export function injectReload(html: string, nonce: string, watching: string): string {
  const allow = `script-src 'nonce-${nonce}'; connect-src 'self'`;
  let out = CSP_META.test(html) ? html.replace(CSP_META, (_m, a: string, policy: string, z: string) => `${a}${policy.replace(/;?\s*$/, '')}; ${allow}${z}`) : html;
  const script = reloadScript(nonce, watching);
  const end = out.toLowerCase().lastIndexOf('</body>');
  out = end >= 0 ? `${out.slice(0, end)}${script}\n${out.slice(end)}` : `${out}\n${script}\n`;
  return out;
}

const STYLE = `body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.3rem}code,pre{font:13px/1.5 ui-monospace,monospace}
ul.msgs{list-style:none;padding:0}ul.msgs li{padding:.35rem .5rem;border-left:4px solid #c62828;margin:.3rem 0;background:#fdecea}
ul.msgs li.warn{border-color:#ef6c00;background:#fff4e5}.loc{font-family:ui-monospace,monospace;color:#555;margin-right:.6rem}
.rule{color:#777;margin-left:.4rem}table{border-collapse:collapse}td,th{padding:.3rem .8rem;border-bottom:1px solid #ddd;text-align:left}
.ok{color:#2e7d32}.bad{color:#c62828}.muted{color:#777}`;

function page(title: string, body: string, nonce: string, watching: string | null, lang: Lang): string {
  const csp = `default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-${nonce}'; connect-src 'self'`;
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${body}
${reloadScript(nonce, watching)}
</body>
</html>
`;
}

const m = (lang: Lang, vi: string, en: string) => (lang === 'en' ? en : vi);

export function noteUrl(rel: string, doc: DocKind): string {
  return `/view?file=${encodeURIComponent(rel)}&doc=${doc}`;
}

/** shown instead of a stale page when the last save has errors */
export function errorPage(s: NoteState, nonce: string, lang: Lang): string {
  const items = s.result.messages
    .filter((d) => d.severity === 2 || s.result.errorCount === 0)
    .map((d) => `<li class="${d.severity === 2 ? 'err' : 'warn'}"><span class="loc">${escapeHtml(`${s.rel}:${d.line}:${d.column}`)}</span>${escapeHtml(d.message)}<span class="rule">(${escapeHtml(d.ruleId)})</span></li>`)
    .join('\n');
  const engine = s.error ? `<p>${m(lang, 'Lỗi khi trình bày', 'Rendering failed')}:</p><pre>${escapeHtml(s.error)}</pre>` : '';
  const body = `<p><a href="/">← ${m(lang, 'Danh sách ghi chép', 'All notes')}</a></p>
<h1 class="bad">${escapeHtml(s.rel)}: ${m(lang, `${s.result.errorCount} lỗi`, `${s.result.errorCount} ${plural(s.result.errorCount, 'error', 'errors')}`)}</h1>
<p class="muted">${m(lang, 'Sửa rồi lưu tệp; trang sẽ tự tải lại.', 'Fix and save; this page reloads by itself.')}</p>
<ul class="msgs">
${items}
</ul>
${engine}`;
  return page(`${m(lang, 'Lỗi', 'Errors')}: ${s.rel}`, body, nonce, s.rel, lang);
}

// the documents by their names, as the index.html of render names them
const DOC_LABEL: Record<string, string> = { 'bien-ban': 'Biên bản', 'thong-bao': 'Thông báo kết luận' };

export function indexPage(notes: readonly NoteState[], docs: readonly DocKind[], nonce: string, lang: Lang): string {
  const rows = notes
    .map((s) => {
      const ok = s.result.errorCount === 0 && !s.error;
      const links = docs.map((d) => `<a href="${escapeHtml(noteUrl(s.rel, d))}">${DOC_LABEL[d] ?? d}</a>`).join(' · ');
      const status = ok
        ? `<span class="ok">${m(lang, 'hợp lệ', 'ok')}</span>${s.result.warningCount ? ` <span class="muted">(${s.result.warningCount} ${m(lang, 'cảnh báo', plural(s.result.warningCount, 'warning', 'warnings'))})</span>` : ''}`
        : `<span class="bad">${s.error ? m(lang, 'lỗi trình bày', 'render failed') : m(lang, `${s.result.errorCount} lỗi`, `${s.result.errorCount} ${plural(s.result.errorCount, 'error', 'errors')}`)}</span>`;
      return `<tr><td><code>${escapeHtml(s.rel)}</code></td><td>${status}</td><td>${links}</td></tr>`;
    })
    .join('\n');
  const body = `<h1>bienban — ${m(lang, 'xem trước', 'preview')}</h1>
<p class="muted">${m(lang, 'Trang tự tải lại mỗi khi ghi chép hoặc mẫu trình bày được lưu.', 'Pages reload whenever a note or a template is saved.')}</p>
${notes.length ? `<table><thead><tr><th>${m(lang, 'Ghi chép', 'Note')}</th><th>${m(lang, 'Tình trạng', 'Status')}</th><th></th></tr></thead><tbody>\n${rows}\n</tbody></table>` : `<p>${m(lang, 'Chưa có ghi chép nào (*.md).', 'No notes (*.md) yet.')}</p>`}`;
  return page('bienban', body, nonce, null, lang);
}
