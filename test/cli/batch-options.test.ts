// --jobs: a whole number ≥ 1, the number of cores by default and at most (all the work is CPU).
import { describe, expect, it } from 'vitest';
import { parseJobs } from '../../src/cli/batch-options.js';

describe('parseJobs', () => {
  it('defaults to the number of cores', () => {
    expect(parseJobs('vi', undefined, 4)).toBe(4);
  });

  it('keeps a number up to the cores and caps a larger one at them', () => {
    expect(parseJobs('vi', '1', 4)).toBe(1);
    expect(parseJobs('vi', '3', 4)).toBe(3);
    expect(parseJobs('vi', '100', 4)).toBe(4);
  });

  it.each(['0', '-1', 'abc', '1.5', ''])('refuses %j', (v) => {
    expect(() => parseJobs('en', v, 4)).toThrow(/--jobs/);
  });
});
