import { describe, expect, it } from 'vitest';
import { allMatches } from '../../src/util/matches.js';

const same = (re: RegExp, text: string) => {
  const ours = allMatches(re, text).map((m) => [m.index, ...m]);
  const theirs = [...text.matchAll(re)].map((m) => [m.index, ...m]);
  expect(ours).toEqual(theirs);
};

describe('allMatches', () => {
  it('finds what matchAll finds: groups, indexes, no match, empty matches, astral text', () => {
    same(/(\d+)\/(\d+)/g, 'ngày 16/5/2016 và 11/10/2016');
    same(/x/g, 'không có');
    same(/a*/g, 'baaac');
    same(/(?:)/gu, 'a😀b');
    same(/\p{L}+/gu, 'Đoàn 😀 công tác');
    same(/[ \t]+([,.])/g, 'Nhất , Phó .');
  });

  it('leaves the RegExp ready for the next call, even when a caller reuses it inside its loop', () => {
    const re = /\d/g;
    const seen: string[] = [];
    for (const m of allMatches(re, 'a1b2')) seen.push(m[0], ...allMatches(re, 'x9').map((n) => n[0]));
    expect(seen).toEqual(['1', '9', '2', '9']);
    expect(re.lastIndex).toBe(0);
  });

  it('refuses a RegExp without the g flag, as matchAll does', () => {
    expect(() => allMatches(/x/, 'x')).toThrow(TypeError);
  });
});
