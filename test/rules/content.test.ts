// capitalization, secretary-consistency, recommendation-addressee, raw-html, huyen-after-2025.
import { describe, it, expect } from 'vitest';
import { lintExample, posOf, found } from './helpers.js';

const SECTIONS = (recommendations: string) =>
  `## Kết quả đạt được\n\nCông tác dân vận có chuyển biến tích cực.\n\n## Tồn tại, hạn chế\n\nMột số địa phương chưa có kế hoạch cụ thể.\n\n## Kiến nghị, đề xuất\n\n${recommendations}\n\n## Kết luận\n\nĐoàn ghi nhận kết quả của tỉnh.`;

describe('capitalization', () => {
  it('flags wrong case inside bodies and positions', () => {
    const l = lintExample({
      body: 'Dự có đồng chí Phạm Duy Hưng, Phó chủ tịch UBND tỉnh; đại diện Hội đồng Nhân dân tỉnh, Ban dân vận Tỉnh ủy và đồng chí Nông Văn Bình, Phó Chủ Tịch HĐND tỉnh.',
    });
    expect(found(l, 'capitalization')).toEqual([
      { messageId: 'case', ...posOf(l.text, 'Phó chủ tịch') },
      { messageId: 'case', ...posOf(l.text, 'Hội đồng Nhân dân') },
      { messageId: 'case', ...posOf(l.text, 'Ban dân vận') },
      { messageId: 'case', ...posOf(l.text, 'Phó Chủ Tịch') },
    ]);
  });

  it('flags a lower-case position before a named body, and lower-case bodies before a place', () => {
    const l = lintExample({ body: 'Đồng chí Triệu Văn Cường, thứ trưởng Bộ Nội vụ, làm việc với chủ tịch UBND tỉnh và ủy ban nhân dân huyện Ba Bể.' });
    expect(found(l, 'capitalization')).toEqual([
      { messageId: 'position', ...posOf(l.text, 'thứ trưởng') },
      { messageId: 'position', ...posOf(l.text, 'chủ tịch UBND') },
      { messageId: 'case', ...posOf(l.text, 'ủy ban nhân dân') },
    ]);
  });

  it('flags a ministry written wholly in lower case after a position, and the position with it; keeps "trưởng phòng …", "trưởng ban …" as the position\'s', () => {
    const l = lintExample({ body: 'Dự họp có thứ trưởng bộ nội vụ; trưởng phòng nội vụ huyện và trưởng ban dân vận huyện ủy báo cáo.' });
    expect(found(l, 'capitalization')).toEqual([
      { messageId: 'position', ...posOf(l.text, 'thứ trưởng') },
      { messageId: 'case', ...posOf(l.text, 'bộ nội vụ') },
    ]);
  });

  it('writes abbreviations of bodies in capitals, and a position before one written in lower case is flagged too', () => {
    const l = lintExample({ body: 'Dự có phó chủ tịch ubnd tỉnh, đại diện Hđnd huyện và Ủy ban MTTQ tỉnh; văn bản đăng tại ubnd.backan.gov.vn và gửi tới vanthu-ubnd@backan.gov.vn.' });
    expect(found(l, 'capitalization')).toEqual([
      { messageId: 'position', ...posOf(l.text, 'phó chủ tịch') },
      { messageId: 'case', ...posOf(l.text, 'ubnd') },
      { messageId: 'case', ...posOf(l.text, 'Hđnd') },
    ]);
    expect(l.messages.find((m) => m.ruleId === 'capitalization' && m.message.includes('"HĐND"'))?.message).toBe('Viết "HĐND" thay cho "Hđnd".');
  });

  it('flags an abbreviation before a full stop, and none in a web or mail address (the shared address finder)', () => {
    const l = lintExample({ body: 'Báo cáo gửi ubnd. Xem https://x.vn/ubnd/hdnd, www.ubnd.x.vn và ubnd@x.vn.' });
    expect(found(l, 'capitalization')).toEqual([{ messageId: 'case', ...posOf(l.text, 'ubnd') }]);
  });

  it('keeps generic uses and compounds alone', () => {
    const l = lintExample({
      body: 'Người được bầu làm chủ tịch phải có uy tín; cán bộ tài chính và cơ sở y tế được bố trí đủ; Ban tổ chức hội nghị chuẩn bị tài liệu; Trưởng phòng Nội vụ huyện báo cáo; lần thứ hai Đoàn làm việc với Ủy ban nhân dân tỉnh Bắc Kạn, Ban Dân vận Trung ương và BỘ NỘI VỤ.',
    });
    expect(found(l, 'capitalization')).toEqual([]);
  });

  it('accepts both tone styles of the same word', () => {
    const l = lintExample({ body: 'Đại diện Uỷ ban nhân dân tỉnh và Sở Văn hoá, Thể thao và Du lịch dự họp.' });
    expect(found(l, 'capitalization')).toEqual([]);
  });

  it('writes weekdays as "thứ Hai" and "Chủ nhật"', () => {
    const l = lintExample({ body: 'Đoàn làm việc vào Thứ Ba, ngày 23/7/2024 và thứ năm, ngày 25/7/2024; Chủ Nhật nghỉ.\n\nThứ Ba, ngày 23/7/2024 Đoàn đến tỉnh.' });
    expect(found(l, 'capitalization')).toEqual([
      { messageId: 'weekday', ...posOf(l.text, 'Thứ Ba') },
      { messageId: 'weekday', ...posOf(l.text, 'thứ năm') },
      { messageId: 'weekday', ...posOf(l.text, 'Chủ Nhật') },
    ]);
  });

  it('writes a lower-case weekday right after a date as "thứ Hai", and leaves ordinals after a date alone', () => {
    const l = lintExample({ body: 'Chiều ngày 05/7/2024, thứ sáu, Đoàn làm việc với tỉnh. Ngày 5 tháng 7 năm 2024, thứ sáu: Đoàn kiểm tra thực tế.\n\nNgày 23/7/2024, thứ hai mươi lần Đoàn đến tỉnh.' });
    expect(found(l, 'capitalization')).toEqual([
      { messageId: 'weekday', ...posOf(l.text, 'thứ sáu') },
      { messageId: 'weekday', ...posOf(l.text, 'thứ sáu', 1) },
    ]);
  });

  it('checks position strings in the front matter', () => {
    const l = lintExample({ frontMatter: { secretary: { name: 'Hoàng Minh Đức', position: 'Chuyên viên Bộ nội vụ' } } });
    expect(found(l, 'capitalization')).toEqual([{ messageId: 'case', ...posOf(l.text, 'Bộ nội vụ') }]);
  });
});

describe('secretary-consistency', () => {
  it('flags a secretary who is also the chair, at secretary.name', () => {
    const l = lintExample({ frontMatter: { secretary: { name: 'Triệu Văn Cường' } } });
    expect(found(l, 'secretary-consistency')).toEqual([{ messageId: 'secretary-is-chair', ...posOf(l.text, 'Triệu Văn Cường', 2) }]);
  });

  it('flags a person listed twice', () => {
    const host = { name: 'Ủy ban nhân dân tỉnh Bắc Kạn', members: [{ name: 'Phạm Duy Hưng', position: 'Phó Chủ tịch UBND tỉnh' }, { name: 'Phạm Duy Hưng', position: 'Phó Chủ tịch UBND tỉnh' }] };
    const l = lintExample({ frontMatter: { host } });
    expect(found(l, 'secretary-consistency')).toEqual([{ messageId: 'duplicate', ...posOf(l.text, 'Phạm Duy Hưng', 1) }]);
  });

  it('flags a name in the text spelled differently from the lists', () => {
    const l = lintExample({ body: 'Đồng chí Pham Duy Hưng báo cáo; đồng chí Triệu Văn Cường kết luận.' });
    expect(found(l, 'secretary-consistency')).toEqual([{ messageId: 'spelling', ...posOf(l.text, 'Pham Duy Hưng') }]);
  });
});

describe('recommendation-addressee', () => {
  it('flags items with no addressee, at the item text', () => {
    const l = lintExample({
      body: SECTIONS('Các kiến nghị của tỉnh:\n\n1. Đề nghị Bộ Nội vụ sớm ban hành hướng dẫn.\n2. Tăng cường tập huấn cho cán bộ cấp xã.\n3. Sở Nội vụ tỉnh Bắc Kạn cần rà soát biên chế.\n4. Kiến nghị với Ban Dân vận Trung ương hỗ trợ kinh phí.'),
    });
    expect(found(l, 'recommendation-addressee')).toEqual([{ messageId: 'missing', ...posOf(l.text, 'Tăng cường tập huấn') }]);
  });

  it('checks plain paragraphs too', () => {
    const l = lintExample({ body: SECTIONS('Cần sớm hoàn thiện quy chế phối hợp.\n\nGiao Sở Nội vụ chủ trì tổng hợp.') });
    expect(found(l, 'recommendation-addressee')).toEqual([{ messageId: 'missing', ...posOf(l.text, 'Cần sớm hoàn thiện') }]);
  });
});

describe('raw-html', () => {
  it('flags inline and block HTML but not comments', () => {
    const l = lintExample({ body: 'Đoàn ghi nhận<br>kết quả.\n\n<!-- ghi chú nội bộ -->\n\n<div>Bảng số liệu</div>' });
    expect(found(l, 'raw-html')).toEqual([
      { messageId: 'html', ...posOf(l.text, '<br>') },
      { messageId: 'html', ...posOf(l.text, '<div>') },
    ]);
  });
});

describe('huyen-after-2025', () => {
  it('flags district bodies in minutes dated from 1 July 2025, in text and front matter', () => {
    const l = lintExample({
      frontMatter: { date: '2025-07-01', host: { name: 'Ủy ban nhân dân huyện Ba Bể', members: [{ name: 'Hoàng Văn Thạch', position: 'Chủ tịch UBND xã Chợ Rã' }] } },
      body: 'Đề nghị Huyện ủy Ba Bể và Phòng Nội vụ huyện Ba Bể phối hợp thực hiện.',
    });
    expect(found(l, 'huyen-after-2025')).toEqual([
      { messageId: 'district', ...posOf(l.text, 'Ủy ban nhân dân huyện') },
      { messageId: 'district', ...posOf(l.text, 'Huyện ủy') },
      { messageId: 'district', ...posOf(l.text, 'Phòng Nội vụ huyện') },
    ]);
  });

  it('is silent before the cut-over', () => {
    const l = lintExample({ frontMatter: { date: '2025-06-30' }, body: 'Đề nghị UBND huyện Ba Bể báo cáo.' });
    expect(found(l, 'huyen-after-2025')).toEqual([]);
  });
});
