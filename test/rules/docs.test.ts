// docs/rules/ is generated from the registry and must be current.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { ruleDocFiles } from '../../src/rules/docs.js';

const DIR = new URL('../../docs/rules/', import.meta.url);

describe('docs/rules', () => {
  it('is current (regenerate with `npm run build && npm run docs`)', () => {
    const files = ruleDocFiles();
    expect(new Set(readdirSync(DIR))).toEqual(new Set(files.keys()));
    for (const [name, text] of files) expect(readFileSync(new URL(name, DIR), 'utf8'), name).toBe(text);
  });
});
