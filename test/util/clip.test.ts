// Input quoted in a message is cut short and shows no control characters.
import { describe, expect, it } from 'vitest';
import { clip } from '../../src/util/clip.js';

describe('clip', () => {
  it('keeps short text, cuts long text to 40 characters with "…", and flattens control characters', () => {
    expect(clip('js')).toBe('js');
    const long = clip('ă'.repeat(500));
    expect([...long]).toHaveLength(40);
    expect(long.endsWith('…')).toBe(true);
    expect(clip('a\rb\r\n\tc')).toBe('a b c');
  });
});
