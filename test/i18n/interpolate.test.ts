// The one interpolation function: placeholders and English singular/plural by count.
import { describe, expect, it } from 'vitest';
import { interpolate, t } from '../../src/i18n/index.js';

describe('interpolate', () => {
  it('fills placeholders and leaves unknown ones as written', () => {
    expect(interpolate('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });

  it('picks the singular for 1 and the plural otherwise', () => {
    const s = '{n} {n|file|files}';
    expect([0, 1, 2].map((n) => interpolate(s, { n }))).toEqual(['0 files', '1 file', '2 files']);
  });

  it('words the English summaries by count; Vietnamese has no plural', () => {
    expect(t('en', 'cli/summary-problems', { total: 1, errors: 1, warnings: 0 })).toBe('1 problem (1 error, 0 warnings)');
    expect(t('en', 'cli/summary-problems', { total: 3, errors: 2, warnings: 1 })).toBe('3 problems (2 errors, 1 warning)');
    expect(t('en', 'cli/too-many-warnings', { count: 1, max: 0 })).toBe('1 warning, above --max-warnings 0.');
    expect(t('vi', 'cli/summary-problems', { total: 1, errors: 1, warnings: 0 })).toBe('1 vấn đề (1 lỗi, 0 cảnh báo)');
  });
});
