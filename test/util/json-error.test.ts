// The JSON error finder: the first error of a text JSON.parse refuses, with its offset.
import { describe, expect, it } from 'vitest';
import { findJsonError } from '../../src/util/json-error.js';

describe('findJsonError', () => {
  it.each([
    ['{"a": 1,}', { code: 'trailing-comma', offset: 7, char: '}' }],
    ['[1, 2, ]', { code: 'trailing-comma', offset: 5, char: ']' }],
    ['{a: 1}', { code: 'unquoted-key', offset: 1, char: 'a' }],
    ["{'a': 1}", { code: 'unquoted-key', offset: 1, char: "'" }],
    ['{"a" 1}', { code: 'unexpected', offset: 5, char: '1' }],
    ['{"a": 1 "b": 2}', { code: 'unexpected', offset: 8, char: '"' }],
    ['{"a": [1, 2}', { code: 'unexpected', offset: 11, char: '}' }],
    ['{"a": {"b": 1}', { code: 'unclosed', offset: 0, char: '{' }],
    ['{"a": "x}', { code: 'unclosed-string', offset: 6 }],
    ['{"a": "x\ny"}', { code: 'unclosed-string', offset: 6 }],
    ['{"a": "\\q"}', { code: 'bad-string', offset: 7 }],
    ['{"a": tru}', { code: 'unexpected', offset: 6, char: 't' }],
    ['{} x', { code: 'extra', offset: 3 }],
  ])('%j', (text, expected) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(findJsonError(text)).toEqual(expected);
  });

  it('finds nothing in valid JSON', () => {
    for (const text of ['{}', '[]', ' {"a": [1, -2.5e3, true, false, null, "x\\u00e9\\n"], "b": {}} ', '"s"', '0']) {
      expect(() => JSON.parse(text)).not.toThrow();
      expect(findJsonError(text)).toBeUndefined();
    }
  });
});
