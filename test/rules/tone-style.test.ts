import { describe, expect, it } from 'vitest';
import { exampleNote } from '../../src/rules/example-note.js';
import { at, inBody, cleanNotes, fixText, hits, standardRuleTests, withBody } from './text-helpers.js';

const ID = 'tone-style';

describe(ID, () => {
  standardRuleTests(ID);

  it('flags new-style words under the default old style and fixes them', () => {
    const text = withBody('Tỉnh cần cụ thể hoá chủ trương, giữ sức khoẻ cho cán bộ và làm tốt công tác thuỷ lợi.');
    expect(hits(text, ID)).toEqual([
      { messageId: 'use-old', ...at(text, 'hoá'), fixable: true },
      { messageId: 'use-old', ...at(text, 'khoẻ'), fixable: true },
      { messageId: 'use-old', ...at(text, 'thuỷ'), fixable: true },
    ]);
    expect(fixText(text)).toBe(withBody('Tỉnh cần cụ thể hóa chủ trương, giữ sức khỏe cho cán bộ và làm tốt công tác thủy lợi.'));
  });

  it('leaves web and mail addresses as written, in the body and the front matter, and fixes the words around them', () => {
    const body = 'Xem <https://vi.wikipedia.org/wiki/Hoà_bình>, https://x.vn/thuỷ,a, mailto:hoà@x.vn, <khoẻ@x.vn> và www.x.vn/qủa; giữ sức khoẻ.';
    const text = withBody(body).replace(/^title: .*$/m, 'title: Biên bản (nguồn https://x.vn/hoà)');
    expect(text).toContain('nguồn https://x.vn/hoà');
    expect(hits(text, ID)).toEqual([{ messageId: 'use-old', ...at(text, 'khoẻ.'), fixable: true }]);
    const fixed = fixText(text);
    expect(fixed).toContain(body.replace('sức khoẻ', 'sức khỏe'));
    expect(fixed).toContain('nguồn https://x.vn/hoà');
  });

  it('follows toneStyle: new', () => {
    const opts = { ruleOptions: { toneStyle: 'new' as const } };
    const text = withBody('Tỉnh cần cụ thể hóa chủ trương.');
    const bodyLine = inBody(text, 'hóa').line;
    // the base note's "Ủy ban" is old style too
    expect(hits(text, ID, opts)).toContainEqual({ messageId: 'use-new', ...at(text, 'Ủy'), fixable: true });
    expect(hits(text, ID, opts).filter((h) => h.line === bodyLine)).toEqual([{ messageId: 'use-new', ...inBody(text, 'hóa'), fixable: true }]);
    const fixed = fixText(text, opts);
    expect(fixed).toContain('Tỉnh cần cụ thể hoá chủ trương.');
    expect(fixed).toContain('Uỷ ban nhân dân tỉnh Bắc Kạn');
    expect(hits(fixed, ID, opts)).toEqual([]);
    // the samples are written in old style, so the new style must find words there
    expect(cleanNotes().some((n) => hits(n.text, ID, opts).length > 0)).toBe(true);
  });

  it('flags a tone on the u after q in both styles ("qủa" → "quả") and fixes it', () => {
    const text = withBody('## Kết qủa đạt được\n\nQúy III, tỉnh đạt kết qủa tốt; QỦA là do quyết tâm, không phải qủyết.');
    for (const toneStyle of ['old', 'new'] as const) {
      const opts = { ruleOptions: { toneStyle } };
      const first = inBody(text, 'Kết qủa').line;
      expect(hits(text, ID, opts).filter((h) => h.line >= first)).toEqual([
        { messageId: 'after-q', ...at(text, 'qủa'), fixable: true },
        { messageId: 'after-q', ...at(text, 'Qúy'), fixable: true },
        { messageId: 'after-q', ...at(text, 'qủa', 1), fixable: true },
        { messageId: 'after-q', ...at(text, 'QỦA'), fixable: true },
      ]);
      expect(fixText(text, opts)).toContain('## Kết quả đạt được\n\nQuý III, tỉnh đạt kết quả tốt; QUẢ là do quyết tâm, không phải qủyết.');
    }
  });

  it('accepts the national name in both styles and ignores closed syllables and "quý"', () => {
    const text = withBody('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nQuý III, tỉnh hoàn thành kế hoạch khuyến nông và thanh toán.');
    expect(hits(text, ID)).toEqual([]);
    const first = inBody(text, 'CỘNG').line;
    expect(hits(text, ID, { ruleOptions: { toneStyle: 'new' } }).filter((h) => h.line >= first)).toEqual([]);
  });

  it('checks front-matter values and decomposed text (after unicode-nfc)', () => {
    const fm = exampleNote({ frontMatter: { place: 'Chiêm Hoá' } });
    expect(hits(fm, ID)).toEqual([{ messageId: 'use-old', ...at(fm, 'Hoá'), fixable: true }]);
    const nfd = withBody('Cụ thể hoá chủ trương.'.normalize('NFD'));
    expect(fixText(nfd)).toBe(withBody('Cụ thể hóa chủ trương.'));
  });
});
