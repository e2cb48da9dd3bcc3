// What `new` offers again from the workspace's notes.
import { describe, expect, it } from 'vitest';
import { knownFrom } from '../../src/draft/suggest.js';

describe('knownFrom', () => {
  it('offers real names and places, never the placeholders another `new --yes` note still holds', () => {
    const known = knownFrom([
      { date: '2024-07-01', place: 'Bắc Kạn', location: 'Trụ sở UBND tỉnh', host: { name: 'UBND tỉnh Bắc Kạn', members: [{ name: 'Phạm Duy Hưng', position: 'Phó Chủ tịch' }] } },
      { date: '2024-08-01', place: '[Địa danh]', location: '[Địa điểm làm việc]', host: { name: '[Tên đơn vị làm việc]', members: [{ name: '[Họ và tên đại diện đơn vị]', position: '[Chức vụ]' }] } },
    ]);
    const all = JSON.stringify(known);
    expect(all).not.toContain('"[');
    expect(all).toContain('Bắc Kạn');
    expect(all).toContain('Phạm Duy Hưng');
  });

  it('never offers text in an old encoding (TCVN3, VNI, UTF-8 read as Windows-1252), newest note or not', () => {
    const known = knownFrom([
      { date: '2024-09-01', place: 'Báº¯c Káº¡n', host: { name: 'UBND tá»‰nh', members: [{ name: 'Phạm Duy Hưng', position: 'Phó Chñ tÞch' }] }, delegation: { name: 'ÄoÃ n cÃ´ng tÃ¡c' } },
      { date: '2024-07-01', place: 'Bắc Kạn', host: { name: 'UBND tỉnh Bắc Kạn', members: [{ name: 'Phạm Duy Hưng', position: 'Phó Chủ tịch' }] } },
    ]);
    expect(known.places).toEqual(['Bắc Kạn']);
    expect(known.hosts).toEqual(['UBND tỉnh Bắc Kạn']);
    expect(known.delegations).toEqual([]);
    expect(known.people).toEqual([{ name: 'Phạm Duy Hưng', position: 'Phó Chủ tịch' }]);
  });
});
