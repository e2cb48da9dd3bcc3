// weekday-date, date-format, time-format on realistic Vietnamese sentences.
import { describe, it, expect } from 'vitest';
import { lintExample, posOf, found } from './helpers.js';

describe('weekday-date', () => {
  it('flags a weekday that disagrees with a numeric date, at the weekday', () => {
    const l = lintExample({ body: 'Sáng thứ Hai, ngày 23/7/2024, Đoàn công tác làm việc với Ủy ban nhân dân tỉnh.' });
    expect(found(l, 'weekday-date')).toEqual([{ messageId: 'mismatch', ...posOf(l.text, 'thứ Hai') }]);
  });

  it('checks the word form, Chủ nhật, "thứ 2" and a weekday in brackets after the date', () => {
    const l = lintExample({
      body: [
        'Hội nghị tổ chức vào thứ Tư, ngày 24 tháng 7 năm 2024.',
        'Đoàn trở về Hà Nội vào Chủ nhật, ngày 27/7/2024.',
        'Tỉnh gửi báo cáo vào thứ 2 ngày 29/7/2024.',
        'Buổi làm việc ngày 23/7/2024 (thứ Năm) kết thúc lúc 11 giờ.',
      ].join('\n\n'),
    });
    // 24/7/2024 was a Wednesday (thứ Tư): fine; 27/7/2024 a Saturday; 29/7/2024 a Monday (thứ 2): fine; 23/7 a Tuesday
    expect(found(l, 'weekday-date')).toEqual([
      { messageId: 'mismatch', ...posOf(l.text, 'Chủ nhật') },
      { messageId: 'mismatch', ...posOf(l.text, 'thứ Năm') },
    ]);
  });

  it('checks a weekday right after the date, in both date forms and any case', () => {
    const l = lintExample({
      body: [
        'Chiều ngày 05/7/2024, thứ hai, Đoàn làm việc với Ủy ban nhân dân tỉnh.', // 5/7/2024 was a Friday
        'Ngày 5 tháng 7 năm 2024, thứ Hai, Đoàn kiểm tra thực tế.',
        'Ngày 5 tháng 7 năm 2024 - thứ Sáu Đoàn về Hà Nội; ngày 06/7/2024, thứ Bảy, Đoàn nghỉ.',
      ].join('\n\n'),
    });
    expect(found(l, 'weekday-date')).toEqual([
      { messageId: 'mismatch', ...posOf(l.text, 'thứ hai') },
      { messageId: 'mismatch', ...posOf(l.text, 'thứ Hai') },
    ]);
    // the word form's "ngày" is not repeated after the message's own
    expect(l.messages.find((m) => m.ruleId === 'weekday-date' && m.data?.weekday === 'thứ Hai')?.message).toBe('Ngày 5 tháng 7 năm 2024 là thứ Sáu, không phải thứ Hai.');
  });

  it('leaves a lower-case ordinal after a date alone unless punctuation ends it', () => {
    const l = lintExample({ body: 'Ngày 23/7/2024, thứ hai mươi lần Đoàn làm việc với tỉnh; ngày 24/7/2024 thứ năm liền tỉnh báo cáo.' });
    expect(found(l, 'weekday-date')).toEqual([]);
  });

  it('is silent on correct weekdays and on ordinals', () => {
    const l = lintExample({ body: 'Sáng thứ Ba, ngày 23/7/2024, Đoàn làm việc lần thứ hai với tỉnh; Chủ nhật, ngày 28/7/2024 Đoàn nghỉ.' });
    expect(found(l, 'weekday-date')).toEqual([]);
  });
});

describe('date-format', () => {
  it('flags padded months 3–12 in numeric and word forms', () => {
    const l = lintExample({ body: 'Theo Kế hoạch số 12/KH-UBND ngày 05/03/2024, báo cáo gửi trước ngày 15 tháng 06 năm 2024.' });
    expect(found(l, 'date-format')).toEqual([
      { messageId: 'padded-month', ...posOf(l.text, '05/03/2024') },
      { messageId: 'padded-month', ...posOf(l.text, 'tháng 06') },
    ]);
  });

  it('accepts padded days and months 1–2, and unpadded forms', () => {
    const l = lintExample({ body: 'Nghị định số 20/2008/NĐ-CP ngày 14/02/2008; Chỉ thị số 16/CT-TTg ngày 16/5/2016; ngày 05 tháng 01 năm 2024; ngày 5/3/2024.' });
    expect(found(l, 'date-format')).toEqual([]);
  });

  it('flags implausible years: before 1945 and more than a year after the visit', () => {
    const l = lintExample({ body: 'Văn bản ngày 12/3/1930 và kế hoạch ngày 12/3/2026 đã được rà soát.' });
    expect(found(l, 'date-format')).toEqual([
      { messageId: 'year-early', ...posOf(l.text, '12/3/1930') },
      { messageId: 'year-late', ...posOf(l.text, '12/3/2026') },
    ]);
  });

  it('offers a fix that drops the zero', async () => {
    const { lintText } = await import('../../src/lint.js');
    const { exampleNote } = await import('../../src/rules/example-note.js');
    const { result } = lintText('note.md', exampleNote({ body: 'Báo cáo ngày 05/06/2024 và tháng 09/2024.' }), { fix: true });
    expect(result.output).toContain('Báo cáo ngày 05/6/2024 và tháng 9/2024.');
  });

  it('leaves a date-like part of a web address alone, neither flagged nor fixed', async () => {
    const { lintText } = await import('../../src/lint.js');
    const { exampleNote } = await import('../../src/rules/example-note.js');
    const body = 'Xem https://x.vn/tin?d=05/03/2024&a=1 và <https://x.vn/lich?ngay=30/2/2024>, họp ngày 05/03/2024.';
    const l = lintExample({ body });
    expect(l.messages.filter((m) => m.ruleId.startsWith('date-'))).toMatchObject([{ ruleId: 'date-format', ...posOf(l.text, '05/03/2024', 1) }]);
    const { result } = lintText('note.md', exampleNote({ body }), { fix: true });
    expect(result.output).toContain(body.replace('họp ngày 05/03/2024', 'họp ngày 05/3/2024'));
  });
});

describe('time-format', () => {
  it('flags "8h30" and "14h" and suggests the formal form', () => {
    const l = lintExample({ body: 'Buổi làm việc bắt đầu lúc 8h30 và kết thúc lúc 14h cùng ngày.' });
    const d = l.messages.filter((m) => m.ruleId === 'time-format');
    expect(found(l, 'time-format')).toEqual([
      { messageId: 'informal', ...posOf(l.text, '8h30') },
      { messageId: 'informal', ...posOf(l.text, '14h') },
    ]);
    expect(d[0].data?.expected).toBe('08 giờ 30 phút');
    expect(d[1].data?.expected).toBe('14 giờ');
  });

  it('ignores hours out of range and words containing h', () => {
    const l = lintExample({ body: 'Hệ thống trực 24h; mã 5h2 không phải giờ; lúc 08 giờ 30 phút Đoàn họp.' });
    expect(found(l, 'time-format')).toEqual([]);
  });
});
