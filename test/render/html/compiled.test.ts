// The built-in templates ship precompiled (templates.generated.ts): the file must match the
// templates, be what the renderer uses, and render exactly what compiling the text renders.
import { cpSync, appendFileSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { compileTemplate, generatedModule } from '../../../src/render/html/compiled.js';
import { createHtmlRenderer } from '../../../src/render/html/index.js';
import { builtinTemplateSources } from '../../../src/render/html/templates.js';
import { bienBanView, thongBaoView } from '../../fixtures/views/html-view.js';

const GENERATED = new URL('../../../src/render/html/templates.generated.ts', import.meta.url);
const TEMPLATES = new URL('../../../templates/', import.meta.url);

describe('precompiled templates', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bienban-hbs-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('are current (npm run build && npm run templates)', () => {
    expect(readFileSync(GENERATED, 'utf8')).toBe(generatedModule(builtinTemplateSources()));
  });

  it('are used for every built-in template, and an edited one is compiled', () => {
    const hb = Handlebars.create();
    const compile = vi.spyOn(hb, 'compile');
    const sources = builtinTemplateSources();
    expect(sources.length).toBeGreaterThan(10);
    for (const s of sources) compileTemplate(hb, s);
    expect(compile).not.toHaveBeenCalled();
    compileTemplate(hb, `${sources[0]}{{!-- edited --}}`);
    expect(compile).toHaveBeenCalledTimes(1);
  });

  it('render what the compiled text renders', () => {
    // the same templates with a comment appended: other hashes, so compiled at run time
    cpSync(TEMPLATES, dir, { recursive: true });
    const hbs = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.hbs'));
    for (const f of hbs) appendFileSync(join(dir, f), '{{!-- compiled at run time --}}');
    const pre = createHtmlRenderer();
    const compiled = createHtmlRenderer({ templateDir: dir });
    for (const view of [bienBanView(), thongBaoView()]) {
      const html = pre.render(view);
      expect(html).toContain('</html>');
      expect(compiled.render(view)).toBe(html);
    }
  });
});
