import { describe, expect, it } from 'vitest';
import { exampleNote } from '../../src/rules/example-note.js';
import { at, inBody, fixText, hits, standardRuleTests, withBody } from './text-helpers.js';

const ID = 'motto-format';
const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

describe(ID, () => {
  standardRuleTests(ID);

  it.each([
    'Độc lập – Tự do – Hạnh phúc',
    'Độc lập — Tự do — Hạnh phúc',
    'Độc lập -Tự do- Hạnh phúc',
    'Độc lập  Tự do  Hạnh phúc',
    'ĐỘC LẬP - TỰ DO - HẠNH PHÚC',
  ])('fixes the motto written as %s', (motto) => {
    const text = withBody(`Tiêu ngữ in trên văn bản: ${motto}.`);
    expect(hits(text, ID)).toEqual([{ messageId: 'motto', ...at(text, motto), fixable: true }]);
    expect(fixText(text)).toBe(withBody(`Tiêu ngữ in trên văn bản: ${MOTTO}.`));
  });

  it('fixes the motto in a front-matter value', () => {
    const text = exampleNote({ frontMatter: { title: 'Rà soát Tiêu ngữ Độc lập – Tự do – Hạnh phúc trên văn bản' } });
    expect(hits(text, ID)).toEqual([{ messageId: 'motto', ...at(text, 'Độc lập'), fixable: true }]);
    expect(fixText(text)).toContain(`title: Rà soát Tiêu ngữ ${MOTTO} trên văn bản\n`);
  });

  it('flags a misspelled national name without fixing it', () => {
    const text = withBody('Quốc hiệu ghi sai: CÔNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM.');
    expect(hits(text, ID)).toEqual([{ messageId: 'nation', ...inBody(text, 'CÔNG'), fixable: false }]);
    expect(fixText(text)).toBe(text);
  });

  it('accepts both CỘNG HÒA and CỘNG HOÀ, and the name in running text', () => {
    const text = withBody(
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nHiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013.\n\nĐộc lập - Tự do - Hạnh phúc',
    );
    expect(hits(text, ID)).toEqual([]);
  });
});
