import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../src/render/docx/index.js';
import { bienBanView, thongBaoView } from '../../fixtures/views/docx-view.js';
import { attr, openDocx, paragraphs, tables } from './read-docx.js';

const near = (v: number | undefined, want: number) => {
  expect(v).toBeDefined();
  expect(Math.abs((v as number) - want)).toBeLessThanOrEqual(2);
};

describe.each([
  ['bien-ban', bienBanView],
  ['thong-bao', thongBaoView],
] as const)('docx page layout (%s)', (_name, view) => {
  it('is A4 with the Decree 30 margins and a different first page', async () => {
    const { document } = await openDocx(await renderDocx(view));
    const sect = /<w:sectPr>[\s\S]*?<\/w:sectPr>/.exec(document)?.[0] ?? '';
    expect(attr(sect, 'w:pgSz', 'w:w')).toBe(11906);
    expect(attr(sect, 'w:pgSz', 'w:h')).toBe(16838);
    near(attr(sect, 'w:pgMar', 'w:top'), 1134);
    near(attr(sect, 'w:pgMar', 'w:bottom'), 1134);
    near(attr(sect, 'w:pgMar', 'w:left'), 1701);
    near(attr(sect, 'w:pgMar', 'w:right'), 850);
    expect(sect).toMatch(/<w:titlePg\/>/);
  });

  it('numbers pages in the default header only, page 1 header is empty', async () => {
    const { headers } = await openDocx(await renderDocx(view));
    expect(Object.keys(headers).sort()).toEqual(['default', 'first']);
    expect(headers.default).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(headers.default).toMatch(/<w:jc w:val="center"\/>/);
    expect(headers.first).not.toMatch(/PAGE/);
    expect(paragraphs(headers.first).map((p) => p.text).join('')).toBe('');
  });

  it('sets Times New Roman 14 pt, 1.15 lines and 6 pt after as document defaults', async () => {
    const { styles } = await openDocx(await renderDocx(view));
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)?.[0] ?? '';
    expect(defaults).toMatch(/<w:rFonts w:ascii="Times New Roman"[^>]*w:hAnsi="Times New Roman"/);
    expect(attr(defaults, 'w:sz', 'w:val')).toBe(28);
    expect(attr(defaults, 'w:spacing', 'w:line')).toBe(276);
    expect(attr(defaults, 'w:spacing', 'w:after')).toBeGreaterThanOrEqual(120);
  });

  it('justifies body paragraphs with a 1 cm first-line indent', async () => {
    const { document } = await openDocx(await renderDocx(view));
    const body = paragraphs(document).find((p) => p.text.startsWith('Qua 5 năm thực hiện Chỉ thị'));
    expect(body?.xml).toMatch(/<w:jc w:val="both"\/>/);
    near(attr(body?.xml ?? '', 'w:ind', 'w:firstLine'), 567);
  });

  it('draws the header block as a borderless 40/60 table with real rules, not underscores', async () => {
    const { document } = await openDocx(await renderDocx(view));
    const head = tables(document)[0];
    const borders = /<w:tblBorders>([\s\S]*?)<\/w:tblBorders>/.exec(head)?.[1] ?? '';
    const styles = [...borders.matchAll(/w:val="(\w+)"/g)].map((m) => m[1]);
    expect(styles).toHaveLength(6);
    expect(new Set(styles)).toEqual(new Set(['none']));
    const grid = [...head.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid).toHaveLength(2);
    expect(grid[0] / (grid[0] + grid[1])).toBeCloseTo(0.4, 2);
    // issuer and motto each followed by a paragraph that is only a bottom border
    const paras = paragraphs(head);
    const ruleAfter = (text: string) => {
      const i = paras.findIndex((p) => p.text === text);
      expect(i).toBeGreaterThanOrEqual(0);
      const rule = paras[i + 1];
      expect(rule.text).toBe('');
      expect(rule.xml).toMatch(/<w:pBdr><w:bottom w:val="single"/);
      return rule;
    };
    const issuerRule = ruleAfter(view.header.issuer);
    const mottoRule = ruleAfter(view.header.motto);
    // the motto rule is wider than the issuer's short rule, and narrower than its column
    const width = (p: { xml: string }, col: number) => col - 2 * (attr(p.xml, 'w:ind', 'w:left') ?? 0);
    const issuerW = width(issuerRule, grid[0]);
    const mottoW = width(mottoRule, grid[1]);
    expect(issuerW).toBeGreaterThan(500);
    expect(issuerW).toBeLessThan(grid[0] * 0.6);
    expect(mottoW).toBeGreaterThan(3000);
    expect(mottoW).toBeLessThan(grid[1]);
    expect(document).not.toMatch(/_{4,}/);
  });
});
