// Web and mail addresses are found whole, and sentence punctuation after them is not taken in.
import { describe, expect, it } from 'vitest';
import { addressRanges } from '../../src/text/addresses.js';

const found = (text: string) => addressRanges(text).map(([s, e]) => text.slice(s, e));

describe('addressRanges', () => {
  it('finds autolinks, bare URLs, mailto and e-mail addresses with their letters and commas', () => {
    expect(found('Xem <https://vi.wikipedia.org/wiki/Hoà_bình> và https://x.vn/thuỷ,a hoặc mailto:hoà@x.vn.')).toEqual([
      'https://vi.wikipedia.org/wiki/Hoà_bình',
      'https://x.vn/thuỷ,a',
      'mailto:hoà@x.vn',
    ]);
    expect(found('Thư gửi vp@noivu.gov.vn, www.moha.gov.vn/tin-tuc; đăng tại ubnd.backan.gov.vn và danvan.vn/a,b.')).toEqual([
      'vp@noivu.gov.vn',
      'www.moha.gov.vn/tin-tuc',
      'ubnd.backan.gov.vn',
      'danvan.vn/a,b',
    ]);
  });

  it('keeps brackets opened inside an address and leaves out those around it', () => {
    expect(found('(xem https://vi.wikipedia.org/wiki/Hòa_(định_hướng)) và (https://x.vn/a).')).toEqual([
      'https://vi.wikipedia.org/wiki/Hòa_(định_hướng)',
      'https://x.vn/a',
    ]);
  });

  it('finds nothing in prose, dates, document numbers or abbreviations with dots', () => {
    expect(found('Nhất,Phó Chủ tịch; v.v. hotel:abc TP.HCM/2024, số 12/QĐ-UBND ngày 16/5/2016; hoàn thành.Tiếp theo')).toEqual([]);
  });
});
