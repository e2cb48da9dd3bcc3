import { describe, expect, it } from 'vitest';
import { nearest, nearestWord } from '../../src/util/nearest.js';

const KEYS = ['type', 'title', 'copies', 'chair', 'secretary', 'recipients', 'font'];

describe('nearest', () => {
  it('suggests the name a typo is closest to', () => {
    expect(nearest('secretery', KEYS)).toBe('secretary');
    expect(nearest('chiar', KEYS)).toBe('chair');
  });

  it('suggests the one name a singular or short form begins ("copy" → "copies"), and nothing for an unrelated word', () => {
    expect(nearest('copy', KEYS)).toBe('copies');
    expect(nearest('recipient', KEYS)).toBe('recipients');
    expect(nearest('zzzz', KEYS)).toBeUndefined();
  });

  it('stays strict for short words', () => {
    expect(nearestWord('foo', KEYS)).toBeUndefined();
    expect(nearestWord('fr', ['vi', 'en'])).toBeUndefined();
  });
});
