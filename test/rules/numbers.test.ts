// document-number, document-number-form, document-type-agreement, basis-missing, legal-number-year.
import { describe, it, expect } from 'vitest';
import { lintExample, posOf, found } from './helpers.js';
import { findCitedNumbers, parseSymbol } from '../../src/rules/util/doc-numbers.js';
import { exampleNote } from '../../src/rules/example-note.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

const BASIS_79 = { number: '79-CTr/BDVTW-BCSĐCP', type: 'Chương trình phối hợp', date: '2016-10-11', issuer: 'Ban Dân vận Trung ương' };

describe('document number parsing', () => {
  it('tells the families apart', () => {
    expect(parseSymbol('16/CT-TTg')).toMatchObject({ family: 'state', typeWord: 'Chỉ thị' });
    expect(parseSymbol('05/BNV-VP')).toMatchObject({ family: 'cong-van' });
    expect(parseSymbol('30/2020/NĐ-CP')).toMatchObject({ family: 'legal', year: 2020, typeWord: 'Nghị định' });
    expect(parseSymbol('351/2017/UBTVQH14')).toMatchObject({ family: 'legal', year: 2017, unknownType: false });
    expect(parseSymbol('79-CTr/BDVTW-BCSĐCP')).toMatchObject({ family: 'party', typeWord: 'Chương trình' });
    expect(parseSymbol('11-QĐi/TW')).toMatchObject({ family: 'party', typeWord: 'Quy định' });
    expect(parseSymbol('1961/QĐUBND').family).toBe('unknown');
  });

  it('keeps a symbol split by a spaced en dash together and drops a sentence-final period', () => {
    const text = 'Thực hiện Chương trình số 79-CTr/BDVTW – BCSĐCP và Chỉ thị số 16/CT-TTg.';
    expect(findCitedNumbers(text).map((c) => c.raw)).toEqual(['79-CTr/BDVTW – BCSĐCP', '16/CT-TTg']);
  });

  it('ignores "số" followed by plain numbers', () => {
    expect(findCitedNumbers('Phòng họp số 1, Đoàn công tác số 2, một số địa phương, số 2.416 hồ sơ.')).toEqual([]);
  });
});

describe('document-number', () => {
  it('flags en dashes and spaces inside a symbol, and wrong-case abbreviations', () => {
    const l = lintExample({
      frontMatter: { basis: [BASIS_79] },
      body: 'Thực hiện Chương trình phối hợp số 79-CTr/BDVTW – BCSĐCP; Quy định số 12/QYĐ-UBND; Chỉ thị số 16/CT-Ttg; Chương trình số 05/CTR-UBND.',
    });
    expect(found(l, 'document-number')).toEqual([
      { messageId: 'separator', ...posOf(l.text, '79-CTr/BDVTW –') },
      { messageId: 'case', ...posOf(l.text, '12/QYĐ-UBND') },
      { messageId: 'case', ...posOf(l.text, '16/CT-Ttg') },
      { messageId: 'case', ...posOf(l.text, '05/CTR-UBND') },
    ]);
  });

  it('checks basis[].number in the front matter', () => {
    const l = lintExample({ frontMatter: { basis: [{ ...BASIS_79, number: '79-Ctr/BDVTW-BCSĐCP' }] } });
    expect(found(l, 'document-number')).toEqual([{ messageId: 'case', ...posOf(l.text, '79-Ctr/BDVTW-BCSĐCP') }]);
  });

  it("checks the minutes' own number and notice.number, at the YAML value, as an error that fails check", () => {
    const l = lintExample({ frontMatter: { number: '05/BB - Đct', notice: { number: '07 / TB-ĐCT' } }, body: '' });
    expect(found(l, 'document-number')).toEqual([
      { messageId: 'separator', ...posOf(l.text, '05/BB - Đct') },
      { messageId: 'separator', ...posOf(l.text, '07 / TB-ĐCT') },
    ]);
    expect(l.messages.filter((m) => m.ruleId === 'document-number').map((m) => [m.severity, m.message])).toEqual([
      [2, 'Ký hiệu "05/BB - Đct" có dấu cách hoặc gạch ngang dài bên trong; viết liền "05/BB-Đct".'],
      [2, 'Ký hiệu "07 / TB-ĐCT" có dấu cách hoặc gạch ngang dài bên trong; viết liền "07/TB-ĐCT".'],
    ]);
    const cased = lintExample({ frontMatter: { number: '05/bb-ĐCT', notice: { number: '07/Tb-ĐCT' } } });
    expect(found(cased, 'document-number')).toEqual([
      { messageId: 'case', ...posOf(cased.text, '05/bb-ĐCT') },
      { messageId: 'case', ...posOf(cased.text, '07/Tb-ĐCT') },
    ]);
    const dir = tempDir();
    const text = exampleNote({ frontMatter: { number: '05/BB - Đct' } });
    writeFileSync(path.join(dir, 'n.md'), text);
    const r = runCli(['check', 'n.md', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(1);
    const { line, column } = posOf(text, '05/BB - Đct');
    expect(r.stdout).toContain(`n.md:${line}:${column}  error  The symbol "05/BB - Đct" has a space or an en dash inside; write "05/BB-Đct".`);
  });

  it('reads a number written with its word ("Số: 05/BB-ĐCT", "số 07/TB-ĐCT") as the form prints it: once', () => {
    for (const [number, notice] of [['Số: 05/BB-ĐCT', 'số 07/TB-ĐCT'], ['Số 05/BB-ĐCT', 'Số:07/TB-ĐCT']]) {
      const l = lintExample({ frontMatter: { number, notice: { number: notice }, basis: [{ ...BASIS_79, number: `Số ${BASIS_79.number}` }] }, body: `Theo Chương trình phối hợp số ${BASIS_79.number}.` });
      expect(l.messages.filter((m) => m.ruleId.startsWith('document-number') || m.ruleId === 'basis-missing'), number).toEqual([]);
    }
    const bad = lintExample({ frontMatter: { number: 'Số: 05/BB - ĐCT' } });
    expect(found(bad, 'document-number').map((f) => f.messageId)).toEqual(['separator']);
  });

  it('accepts official mixed case', () => {
    const l = lintExample({ frontMatter: { basis: [BASIS_79] }, body: 'Theo Tờ trình số 15/TTr-SNV, Quy định số 11-QĐi/TW và Chương trình phối hợp số 79-CTr/BDVTW-BCSĐCP.' });
    expect(found(l, 'document-number')).toEqual([]);
  });
});

describe('document-number-form', () => {
  it('warns on unknown forms and unknown Party type abbreviations', () => {
    const l = lintExample({ body: 'Theo Quyết định số 1961/QĐUBND và Văn bản số 45-XYZ/TU của Tỉnh ủy.' });
    expect(found(l, 'document-number-form')).toEqual([
      { messageId: 'unknown', ...posOf(l.text, '1961/QĐUBND') },
      { messageId: 'unknown-type', ...posOf(l.text, '45-XYZ/TU') },
    ]);
  });

  it('accepts công văn numbers', () => {
    const l = lintExample({ body: 'Theo Công văn số 05/BNV-VP và Công văn số 2231/SNV-CCHC&PC.' });
    expect(found(l, 'document-number-form')).toEqual([]);
  });
});

describe('document-type-agreement', () => {
  it('flags a type word that does not match the abbreviation, at the type word', () => {
    const l = lintExample({ body: 'Đoàn kiểm tra việc thực hiện Quyết định số 16/CT-TTg ngày 16/5/2016 của Thủ tướng Chính phủ.' });
    expect(found(l, 'document-type-agreement')).toEqual([{ messageId: 'prose', ...posOf(l.text, 'Quyết định số') }]);
  });

  it('allows qualifiers after the type word and lower case mid-sentence', () => {
    const l = lintExample({
      frontMatter: { basis: [BASIS_79] },
      body: 'Thực hiện Chương trình phối hợp số 79-CTr/BDVTW-BCSĐCP, chỉ thị số 16/CT-TTg và Thông báo kết luận số 07/TB-ĐCT.',
    });
    expect(found(l, 'document-type-agreement')).toEqual([]);
  });

  it('checks basis[].type against basis[].number', () => {
    const l = lintExample({ frontMatter: { basis: [{ ...BASIS_79, type: 'Kế hoạch phối hợp' }] } });
    expect(found(l, 'document-type-agreement')).toEqual([{ messageId: 'basis', ...posOf(l.text, 'Kế hoạch phối hợp') }]);
  });
});

describe('basis-missing', () => {
  it('flags the first citation of a number absent from basis', () => {
    const l = lintExample({ body: 'Thực hiện Kế hoạch số 45/KH-UBND ngày 12/3/2024; Kế hoạch số 45/KH-UBND đặt chỉ tiêu cụ thể; Chỉ thị số 16/CT-TTg.' });
    expect(found(l, 'basis-missing')).toEqual([{ messageId: 'missing', ...posOf(l.text, '45/KH-UBND') }]);
  });

  it('does not count the minutes\' own number', () => {
    const l = lintExample({ body: 'Biên bản số 05/BB-ĐCT được lập thành 04 bản.' });
    expect(found(l, 'basis-missing')).toEqual([]);
  });
});

describe('legal-number-year', () => {
  const basis = [{ number: '30/2020/NĐ-CP', type: 'Nghị định', date: '2020-03-05', issuer: 'Chính phủ' }];

  it('flags a year that differs from the date written after the number', () => {
    const l = lintExample({ frontMatter: { basis }, body: 'Theo Nghị định số 30/2020/NĐ-CP, ngày 05 tháng 3 năm 2021 của Chính phủ.' });
    expect(found(l, 'legal-number-year')).toEqual([{ messageId: 'prose', ...posOf(l.text, '30/2020/NĐ-CP', 1) }]);
  });

  it('flags a year that differs from basis.date', () => {
    const l = lintExample({ frontMatter: { basis: [{ ...basis[0], date: '2021-03-05' }] } });
    expect(found(l, 'legal-number-year')).toEqual([{ messageId: 'basis', ...posOf(l.text, '30/2020/NĐ-CP') }]);
  });

  it('is silent when the years agree or no date follows', () => {
    const l = lintExample({ frontMatter: { basis }, body: 'Theo Nghị định số 30/2020/NĐ-CP ngày 05/3/2020; Nghị định số 30/2020/NĐ-CP quy định thể thức.' });
    expect(found(l, 'legal-number-year')).toEqual([]);
  });
});
