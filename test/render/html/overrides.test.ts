import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createHtmlRenderer, renderHtml } from '../../../src/render/html/index.js';
import { bienBanView, thongBaoView } from '../../fixtures/views/html-view.js';
import { bodyOf } from './helpers.js';

const root = mkdtempSync(join(tmpdir(), 'bienban-html-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function overrideHeader(dir: string, source: string): void {
  mkdirSync(join(dir, '_shared', 'html', 'partials'), { recursive: true });
  writeFileSync(join(dir, '_shared', 'html', 'partials', 'header.hbs'), source);
}

describe('HTML renderer: template override directory', () => {
  it('replaces only the header partial; everything else stays built-in', () => {
    const dir = join(root, 'header-only');
    overrideHeader(dir, '<header class="custom-header">{{header.issuer}} (mẫu riêng)</header>\n');
    const view = bienBanView();
    view.header.issuer = 'ĐOÀN <b>KIỂM TRA</b>';
    const html = createHtmlRenderer({ templateDir: dir }).render(view);
    const body = bodyOf(html);
    expect(body).toContain('<header class="custom-header">ĐOÀN &lt;b&gt;KIỂM TRA&lt;/b&gt; (mẫu riêng)</header>');
    expect(body).not.toContain('class="hdr"');
    expect(body).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    // built-in parts still there
    expect(body).toContain('<div class="doctype">BIÊN BẢN</div>');
    expect(body).toContain('<h2 class="section-title">I. KẾT QUẢ THỰC HIỆN</h2>');
    expect(body).toContain('<div class="sig-title">THƯ KÝ</div>');
    expect(body).toContain('- Lưu: VT, Hồ sơ.');
    expect(html).toMatch(/@page :first/);
    // the other document kind uses the same override
    expect(renderHtml(thongBaoView(), { templateDir: dir })).toContain('class="custom-header"');
  });

  it('compiles once per renderer: a later edit is seen only by a new renderer', () => {
    const dir = join(root, 'cache');
    overrideHeader(dir, '<header>phiên bản một</header>');
    const renderer = createHtmlRenderer({ templateDir: dir });
    expect(renderer.render(bienBanView())).toContain('phiên bản một');
    overrideHeader(dir, '<header>phiên bản hai</header>');
    const again = renderer.render(bienBanView());
    expect(again).toContain('phiên bản một');
    expect(again).not.toContain('phiên bản hai');
    expect(createHtmlRenderer({ templateDir: dir }).render(bienBanView())).toContain('phiên bản hai');
  });

  it('replaces a main template and the stylesheet by the same relative path', () => {
    const dir = join(root, 'main-and-css');
    mkdirSync(join(dir, 'bien-ban', 'html'), { recursive: true });
    mkdirSync(join(dir, '_shared', 'html'), { recursive: true });
    writeFileSync(join(dir, 'bien-ban', 'html', 'main.hbs'), '<!doctype html><title>{{meta.title}}</title><style>{{{@css}}}</style>{{> signatures}}');
    writeFileSync(join(dir, '_shared', 'html', 'styles.css'), '.x { color: red; }');
    const html = createHtmlRenderer({ templateDir: dir }).render(bienBanView());
    expect(html).toContain('.x { color: red; }');
    expect(html).not.toContain('@page');
    expect(html).toContain('<div class="sig-title">CHỦ TỌA</div>');
    expect(html).not.toContain('BIÊN BẢN</div>');
  });

  it('an empty override directory changes nothing', () => {
    const dir = join(root, 'empty');
    mkdirSync(dir, { recursive: true });
    expect(createHtmlRenderer({ templateDir: dir }).render(bienBanView())).toBe(renderHtml(bienBanView()));
  });
});
