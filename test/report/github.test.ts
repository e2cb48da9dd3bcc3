// GitHub workflow commands: one line per diagnostic, with GitHub's escaping of data and properties.
import { describe, it, expect } from 'vitest';
import github, { escapeData, escapeProperty } from '../../src/report/github.js';
import { reporterByName } from '../../src/report/index.js';
import { realResults, ctx } from './helpers.js';

describe('github reporter', () => {
  it('is registered', () => {
    expect(reporterByName('github')).toBe(github);
  });

  it('prints ::error and ::warning lines with positions and the rule id as title', () => {
    const results = realResults();
    const lines = github.format(results, ctx()).trimEnd().split('\n');
    expect(lines).toEqual([
      `::error file=test/fixtures/seed-defects.md,line=68,col=110,endLine=68,endColumn=120,title=date-valid::${results[1].messages[0].message}`,
      `::warning file=test/fixtures/seed-defects.md,line=70,col=196,endLine=70,endColumn=198,title=space-before-punctuation::${results[1].messages[1].message}`,
      expect.stringMatching(/^::error file=test\/fixtures\/broken\.md,line=1,col=1,endLine=1,endColumn=1,title=file::\S/),
    ]);
  });

  it('prints nothing for clean files', () => {
    expect(github.format([realResults()[0]], ctx())).toBe('');
  });

  it('escapes %, CR and LF in data, and also : and , in properties', () => {
    expect(escapeData('50% done\r\nnext: a, b')).toBe('50%25 done%0D%0Anext: a, b');
    expect(escapeProperty('a,b:c%\n')).toBe('a%2Cb%3Ac%25%0A');
    const [, defects] = realResults();
    const odd = { ...defects, filePath: 'notes/a,b:c.md', messages: [{ ...defects.messages[0], message: 'Dòng 1: 100%\nDòng 2' }] };
    expect(github.format([odd], ctx({ cwd: '/' })).trimEnd()).toBe(
      '::error file=notes/a%2Cb%3Ac.md,line=68,col=110,endLine=68,endColumn=120,title=date-valid::Dòng 1: 100%25%0ADòng 2',
    );
  });
});
