import { readdirSync } from 'node:fs';
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { checkTemplate } from '../../../src/render/html/check.js';
import { builtinTemplateSources } from '../../../src/render/html/templates.js';
import { packagePath } from '../../../src/package-root.js';
import { TemplateFailure, templateError } from '../../../src/render/template-errors.js';

const hb = Handlebars.create();
const PARTIALS = new Set(['header', 'title']);
const HELPERS = new Set(['if', 'unless', 'each', 'with', 'lookup', 'log', 'eq', 'marker']);
const check = (source: string) => checkTemplate(hb, source, '/ws/main.hbs', PARTIALS, HELPERS);

describe('checkTemplate: what fails before any note is rendered, and where', () => {
  it('a block closed by another: the position Handlebars gives, 1-based', () => {
    expect(check('<p>\n\n{{#if}} {{/each}}\n')).toEqual([{ file: '/ws/main.hbs', line: 3, column: 4, detail: "if doesn't match each" }]);
  });

  it('a parse error: the position of the token the parser stopped at', () => {
    const [p] = check('a\n  {{#if x}}\n  {{/if}\n');
    expect(p).toMatchObject({ file: '/ws/main.hbs', line: 3, column: 8 });
    expect(p.detail).toMatch(/^ *\S.*\n-*\^\nExpecting /);
    expect(check('a\n  {{else}}\n')[0]).toMatchObject({ line: 2, column: 3 });
  });

  it('a partial, a helper or an argument missing', () => {
    expect(check('{{> header}}\n {{> nope}}')).toEqual([{ file: '/ws/main.hbs', line: 2, column: 2, key: 'template/partial-missing', data: { name: 'nope' } }]);
    expect(check('{{upper title}}')).toEqual([{ file: '/ws/main.hbs', line: 1, column: 1, key: 'template/helper-missing', data: { name: 'upper', helpers: 'each, eq, if, log, lookup, marker, unless, with' } }]);
    expect(check('{{#each}}x{{/each}}{{#if a b}}{{/if}}').map((p) => [p.key, p.data])).toEqual([
      ['template/helper-arity', { name: 'each' }],
      ['template/helper-arity', { name: 'if' }],
    ]);
  });

  it('accepts what renders: inline partials, @partial-block, paths, helpers with arguments', () => {
    expect(check('{{#*inline "mine"}}x{{/inline}}{{> mine}}{{> @partial-block}}{{#each items}}{{marker ../ordered 1 @index 0}}{{this.x}}{{/each}}{{lookup a "b"}}{{#if (eq a 1)}}{{else}}{{/if}}{{#> layout}}x{{/layout}}{{#sections}}{{/sections}}')).toEqual([]);
  });

  it('finds nothing in the built-in templates', () => {
    const all = new Set(readdirSync(packagePath('templates', '_shared', 'html', 'partials')).map((f) => f.replace(/\.hbs$/, '')));
    expect(all.size).toBeGreaterThan(5);
    for (const source of builtinTemplateSources()) expect(checkTemplate(hb, source, 'x.hbs', all, HELPERS)).toEqual([]);
  });
});

describe('templateError: one message, at the first place, in the user\'s language', () => {
  const failure = new TemplateFailure('PDF', 'Typst', [
    { file: '/ws/templates/_shared/typst/lib.typ', line: 227, column: 10, detail: 'unclosed delimiter' },
    { file: '/ws/templates/_shared/typst/lib.typ', line: 227, column: 10, detail: 'unclosed delimiter' },
    ...[1, 2, 3].map((n) => ({ file: '/ws/templates/_shared/typst/lib.typ', line: 227 + n, column: 1, detail: 'the character `#` is not valid in code' })),
  ]);

  it('Vietnamese by default; repeats listed once; the rest counted', () => {
    const e = templateError(failure, 'vi', '/ws');
    expect(e.code).toBe('TEMPLATE');
    expect(e.message).toBe('templates/_shared/typst/lib.typ:227:10  Mẫu PDF không dịch được nên chưa tạo văn bản nào; hãy sửa tệp mẫu này rồi chạy lại.');
    expect(e.hint).toBe(['Typst: unclosed delimiter', 'templates/_shared/typst/lib.typ:228:1  Typst: the character `#` is not valid in code', 'templates/_shared/typst/lib.typ:229:1  Typst: the character `#` is not valid in code', '(và 1 lỗi khác trong mẫu)'].join('\n'));
  });

  it('English with lang en; our own problems in words', () => {
    const e = templateError(new TemplateFailure('HTML', 'Handlebars', [{ file: '/ws/t/title.hbs', line: 2, column: 1, key: 'template/partial-missing', data: { name: 'nope' } }]), 'en', '/ws');
    expect(e.message).toBe('t/title.hbs:2:1  The HTML template does not compile, so nothing was rendered; fix this template file and run again.');
    expect(e.hint).toBe('There is no partial "nope" in the template folder or among the built-in templates.');
  });
});
