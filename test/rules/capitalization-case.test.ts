// The quick case test must never call a phrase correct that the full rewrite would change.
import { describe, expect, it } from 'vitest';
import { hasCanonicalCase, recase, withCase } from '../../src/rules/capitalization.js';
import { CASE_ENTRIES } from '../../src/rules/util/capitalization-dict.js';

const variants = (s: string) => [s, s.toLowerCase(), s.toUpperCase(), s.replace(/(^|\s)(\S)/g, (_, a, b) => a + b.toUpperCase()), s.replace(/ /g, '  '), s.replace(/ /g, '\u00a0'), s.replace(/ /g, '\u2009'), `${s},`];

describe('capitalization: hasCanonicalCase agrees with recase', () => {
  it('on every dictionary entry in eight spellings', () => {
    let same = 0;
    for (const e of CASE_ENTRIES) {
      for (const found of variants(e.text)) {
        const exact = recase(found, e.text) === found;
        expect(withCase(found, e.text)).toBe(recase(found, e.text));
        const quick = hasCanonicalCase(found, e.text);
        if (quick) expect(exact, `${found} / ${e.text}`).toBe(true);
        // the quick test may only be unsure (false) where spacing is unusual
        if (exact && /^[^\u2009]*$/.test(found)) expect(quick, `${found} / ${e.text}`).toBe(true);
        if (quick) same++;
      }
    }
    expect(same).toBeGreaterThan(CASE_ENTRIES.length);
  });
});
