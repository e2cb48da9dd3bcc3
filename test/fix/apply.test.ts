import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../src/fix/apply.js';

describe('applyFixes', () => {
  it('applies non-overlapping edits and leaves overlapping ones for the next pass', () => {
    const r = applyFixes('Nhất , Phó', [
      { range: [4, 5], text: '' },
      { range: [4, 6], text: ',' },
      { range: [7, 10], text: 'PHÓ' },
    ]);
    expect(r).toEqual({ text: 'Nhất, PHÓ', applied: 2 });
  });

  it('applies one of two insertions at the same point, and adjacent edits both', () => {
    expect(applyFixes('a,b', [{ range: [2, 2], text: ' ' }, { range: [2, 2], text: ' ' }])).toEqual({ text: 'a, b', applied: 1 });
    expect(applyFixes('ab', [{ range: [0, 1], text: 'A' }, { range: [1, 2], text: 'B' }])).toEqual({ text: 'AB', applied: 2 });
  });

  it('drops malformed ranges', () => {
    expect(applyFixes('abc', [{ range: [2, 1], text: 'x' }, { range: [1, 9], text: 'y' }, { range: [-1, 0], text: 'z' }]).text).toBe('abc');
  });
});
