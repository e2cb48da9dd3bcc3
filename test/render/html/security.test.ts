import { describe, expect, it } from 'vitest';
import { renderHtml, safeHref } from '../../../src/render/html/index.js';
import type { Inline, MinutesView } from '../../../src/render/view.js';
import { bienBanView } from '../../fixtures/views/html-view.js';
import { bodyOf, escaped, hrefs } from './helpers.js';

const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '{{constructor}}',
  '{{{x}}}',
  '#read("/etc/passwd")',
  '$x$',
  "</style><style>body{display:none}</style>",
  '{{> header}}',
];
const hostileText = HOSTILE.join(' | ');

/** The fixture with hostile text in every user-text slot. */
function hostileView(): MinutesView {
  const view = bienBanView();
  const run: Inline = { text: hostileText };
  view.header.parent = hostileText;
  view.header.issuer = hostileText;
  view.header.number = hostileText;
  view.subject = hostileText;
  view.meta = { title: hostileText, author: hostileText, subject: hostileText, date: hostileText };
  view.intro.push({ kind: 'paragraph', inlines: [run, { ...run, bold: true }, { ...run, code: true }] });
  view.sections.push({
    number: 'V.',
    title: hostileText,
    blocks: [
      { kind: 'heading', level: 3, inlines: [run] },
      { kind: 'code', text: hostileText },
      { kind: 'quote', blocks: [{ kind: 'paragraph', inlines: [run] }] },
      { kind: 'table', header: [[run]], rows: [[[run]]] },
      { kind: 'list', ordered: false, start: 1, items: [[{ kind: 'paragraph', inlines: [run] }]] },
    ],
  });
  view.signatures[0] = { titles: [hostileText], name: hostileText };
  view.recipients = [hostileText, '- Lưu: VT, Hồ sơ.'];
  return view;
}

describe('HTML renderer: user text is escaped, never markup or template code', () => {
  const html = renderHtml(hostileView());
  const body = bodyOf(html);

  it('creates no script, img or injected style element and no event handler attribute', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/\sonerror\s*=/i);
    expect(html.match(/<style>/g)).toHaveLength(1);
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    expect(body).not.toMatch(/<style/i);
  });

  it('shows every hostile string verbatim (escaped) wherever user text goes', () => {
    const expected = escaped(hostileText);
    // parent, issuer, number, subject, intro x3, section title, heading, code, quote, th, td, list, signature title+name, recipient
    expect(body.split(expected).length - 1).toBeGreaterThanOrEqual(17);
    expect(html).toContain(`<title>${expected}</title>`);
    expect(html).toContain(`<meta name="author" content="${expected}">`);
    expect(body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(body).toContain('{{constructor}}');
    expect(body).toContain('{{{x}}}');
    expect(body).toContain('{{&gt; header}}');
    expect(body).toContain('#read(&quot;/etc/passwd&quot;)');
    expect(body).toContain('$x$');
    // the partial reference in user text was not executed: one header table only
    expect(body.match(/class="hdr"/g)).toHaveLength(1);
  });
});

describe('HTML renderer: links', () => {
  const BAD = [
    'javascript:alert(1)',
    '  JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    '\u0001javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '/relative/path',
    '',
  ];
  const GOOD = ['https://example.org', 'http://example.org/a?b=1&c=2', 'mailto:vanthu@example.org', 'https://example.org/?q="><script>'];

  function linkView(): MinutesView {
    const view = bienBanView();
    const links: Inline[] = [...BAD, ...GOOD].flatMap((href, i) => [{ text: `[liên kết ${i}]`, href }, { text: ' ' }]);
    view.closing.unshift({ kind: 'paragraph', inlines: links });
    return view;
  }
  const html = renderHtml(linkView());
  const body = bodyOf(html);

  it('renders only http, https and mailto hrefs as <a>, escaped', () => {
    expect(body).toContain('<a href="https://example.org">[liên kết 9]</a>');
    expect(body).toContain('<a href="mailto:vanthu@example.org">[liên kết 11]</a>');
    expect(hrefs(html)).toEqual(['https://backan.gov.vn', ...GOOD.map(escaped)]);
    expect(/javascript:|vbscript:|data:text/i.test(html)).toBe(false);
  });

  it('keeps the text of a refused link as plain text', () => {
    expect(body).toContain('<p>[liên kết 0] [liên kết 1] [liên kết 2] ');
    for (let i = 0; i < BAD.length; i++) {
      expect(body).toContain(`[liên kết ${i}] `);
      expect(body).not.toContain(`>[liên kết ${i}]</a>`);
    }
  });

  it('safeHref accepts exactly the allowed schemes', () => {
    for (const bad of BAD) expect(safeHref(bad), JSON.stringify(bad)).toBeUndefined();
    for (const good of GOOD) expect(safeHref(good)).toBe(good);
    expect(safeHref(42)).toBeUndefined();
  });
});
