import { describe, expect, it } from 'vitest';
import { errorPage, indexPage, injectReload } from '../../src/watch/pages.js';
import { summarize } from '../../src/diagnostics.js';
import type { NoteState } from '../../src/watch/session.js';

const evil = '<img src=x onerror=alert(1)>"\'&';
const state = (over: Partial<NoteState> = {}): NoteState => ({
  file: '/w/a.md',
  rel: `r/${evil}.md`,
  result: summarize('/w/a.md', [
    { ruleId: 'date-valid', messageId: 'x', message: `Ngày ${evil} không có thật.`, severity: 2, line: 12, column: 7 },
    { ruleId: 'unicode-nfc', messageId: 'y', message: 'warn', severity: 1, line: 3, column: 1 },
  ]),
  html: {},
  ...over,
});

describe('preview pages', () => {
  it('error page: file:line:col and messages, all escaped, errors only', () => {
    const html = errorPage(state({ error: `boom ${evil}` }), 'N0NCE', 'vi');
    expect(html).not.toContain('<img');
    expect(html).toContain('r/&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;.md:12:7');
    expect(html).toContain('Ngày &lt;img');
    expect(html).toContain('(date-valid)');
    expect(html).not.toContain('unicode-nfc');
    expect(html).toContain('boom &lt;img');
    expect(html).toMatch(/script-src 'nonce-N0NCE'/);
    // the note id in the script cannot close the script element
    const script = html.slice(html.indexOf('<script'), html.indexOf('</script>'));
    expect(script).not.toContain('<img');
  });

  it('index lists notes with escaped names and links', () => {
    const html = indexPage([state()], ['bien-ban', 'thong-bao'], 'N', 'en');
    expect(html).not.toContain('<img');
    expect(html).toContain('/view?file=r%2F%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E%22\'%26.md&amp;doc=thong-bao'.replace("'", '&#39;'));
    expect(html).toContain('1 error<');
    // the documents by name, not by id
    expect(html).toMatch(/doc=bien-ban">Biên bản<\/a> · <a [^>]*>Thông báo kết luận<\/a>/);
  });

  it('injectReload widens only the CSP meta and puts the script before </body>', () => {
    const src = '<html><head><meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'"></head><body><p>x</p></body></html>';
    const out = injectReload(src, 'abc', 'a.md');
    expect(out).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-abc'; connect-src 'self'"`);
    expect(out).toMatch(/<script nonce="abc">[\s\S]*"a\.md"[\s\S]*<\/script>\n<\/body><\/html>$/);
    // a page without </body> still gets the script
    expect(injectReload('<p>x</p>', 'n', 'a.md')).toMatch(/<p>x<\/p>\n<script nonce="n">/);
  });
});
