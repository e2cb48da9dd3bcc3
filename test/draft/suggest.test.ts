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
});
