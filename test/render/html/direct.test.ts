// Templates compiled straight to JavaScript must render exactly what Handlebars renders, and
// refuse what they do not do, so that such a template keeps to the Handlebars runtime.
import { appendFileSync, cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { afterAll, describe, expect, it } from 'vitest';
import { makeNote, prng } from '../../../bench/generate.js';
import { directSource } from '../../../src/render/html/direct.js';
import { directRuntime, type DirectTemplate } from '../../../src/render/html/direct-runtime.js';
import { directTemplate } from '../../../src/render/html/compiled.js';
import { HELPERS, HELPER_NAMES, registerHelpers } from '../../../src/render/html/helpers.js';
import { createHtmlRenderer } from '../../../src/render/html/index.js';
import { builtinTemplateSources } from '../../../src/render/html/templates.js';
import { lintText } from '../../../src/lint.js';
import { buildView } from '../../../src/render/build-view.js';
import { bienBanView, thongBaoView } from '../../fixtures/views/html-view.js';

const TEMPLATES = new URL('../../../templates/', import.meta.url);

/** renders `main` with `partials` both ways */
function both(main: string, context: unknown, partials: Record<string, string> = {}, data: Record<string, unknown> = { css: 'C' }) {
  const hb = Handlebars.create();
  registerHelpers(hb);
  for (const [name, source] of Object.entries(partials)) hb.registerPartial(name, hb.compile(source));
  const expected = hb.compile(main)(context, { data });
  const compile = (source: string): DirectTemplate => {
    const js = directSource(source, HELPER_NAMES);
    expect(js, source).toBeDefined();
    return new Function(`return ${js}`)() as DirectTemplate;
  };
  const table: Record<string, DirectTemplate> = {};
  for (const [name, source] of Object.entries(partials)) table[name] = compile(source);
  const actual = compile(main)(context, { ...data, root: context }, directRuntime(HELPERS, table));
  return { expected, actual };
}

describe('templates compiled to JavaScript', () => {
  const values: [string, unknown][] = [
    ['a string to escape', `<a href="x">&'\`=</a>`],
    ['undefined', undefined],
    ['null', null],
    ['zero', 0],
    ['false', false],
    ['an empty string', ''],
    ['an empty list', []],
    ['a list', [1, '<b>', null]],
    ['an empty object', {}],
    ['an object', { a: 1, b: '<i>' }],
    ['a Map', new Map([['k', 'v']])],
    ['a function', function (this: unknown) { return `called on ${typeof this}`; }],
  ];
  const templates: [string, string][] = [
    ['escaped and raw output', '[{{x}}|{{{x}}}|{{x.a}}|{{{x.b}}}]'],
    ['#if, {{else}}, else if', '{{#if x}}T{{else if y}}Y{{else}}F{{/if}}'],
    ['#unless', '{{#unless x}}U{{else}}N{{/unless}}'],
    ['#with', '{{#with x}}W[{{this}}|{{a}}]{{else}}E{{/with}}'],
    ['#with and a block parameter', '{{#with x as |w|}}[{{w.a}}]{{/with}}'],
    ['#each with this and {{else}}', '{{#each x}}<{{this}}>{{else}}none{{/each}}'],
    ['#each with block parameters', '{{#each x as |v k|}}{{k}}={{v}};{{/each}}'],
    ['helpers and sub-expressions', '{{#if (eq x 0)}}zero{{/if}}{{marker true 3 x 1}}|{{eq x y}}'],
    ['standalone lines and ~', 'a\n{{#if x}}\n  line\n{{/if}}\nb {{~ y ~}} c\n{{!-- note --}}\nd'],
  ];
  for (const [what, template] of templates) {
    it.each(values)(`${what}: %s`, (_, x) => {
      const { expected, actual } = both(template, { x, y: 'y<' });
      expect(actual).toBe(expected);
    });
  }

  it('reads only own fields, as Handlebars does by default', () => {
    const { expected, actual } = both('[{{constructor}}|{{x.toString}}|{{x.length}}|{{s.length}}]', { x: [1, 2], s: 'abc' });
    expect(actual).toBe(expected);
    expect(actual).toBe('[||2|3]');
  });

  it('nested block parameters, this, @root and data', () => {
    const template = '{{#each rows as |row i|}}{{#each row as |cell j|}}{{i}}.{{j}}={{cell}}/{{this}}/{{row.length}}/{{@root.t}}/{{@css}} {{/each}}{{/each}}{{this.t}}';
    const { expected, actual } = both(template, { rows: [['a', 'b'], [], ['<c>']], t: 'T' });
    expect(actual).toBe(expected);
  });

  it('partials: the context, a context argument, hash arguments, recursion', () => {
    const partials = {
      item: '({{name}}{{#if children}}:{{#each children as |c|}}{{> item c}}{{/each}}{{/if}})',
      labelled: '[{{label}} {{name}}]',
      line: 'L{{name}}\n',
    };
    const template = '{{> item}}{{> labelled label="x"}}{{> labelled tree label=name}}\n{{> line}}\n{{#each children}}\n{{> line}}\n{{/each}}';
    const tree = { name: 'root', children: [{ name: 'a<', children: [{ name: 'b' }] }, { name: 'c' }] };
    const { expected, actual } = both(template, { ...tree, tree }, partials);
    expect(actual).toBe(expected);
  });

  it.each([
    ['a parent path', '{{#each x}}{{../y}}{{/each}}'],
    ['per-iteration data', '{{#each x}}{{@index}}{{/each}}'],
    ['an indented standalone partial', 'a\n  {{> p}}\nb'],
    ['a partial block', '{{#> p}}fallback{{/p}}'],
    ['an inline partial', '{{#*inline "p"}}x{{/inline}}'],
    ['a dynamic partial', '{{> (whichPartial) }}'],
    ['an unknown helper', '{{shout x}}'],
    ['a bare helper name', '{{eq}}'],
    ['lookup', '{{lookup x y}}'],
    ['a hash on a helper', '{{eq x y z=1}}'],
    ['#if with two arguments', '{{#if x y}}a{{/if}}'],
    ['a section-style block', '{{#x}}a{{/x}}'],
    ['three block parameters', '{{#each x as |a b c|}}{{/each}}'],
    ['a decorator', '{{* decorate}}'],
  ])('refuses %s', (_, template) => {
    expect(directSource(template, HELPER_NAMES)).toBeUndefined();
  });

  it('covers every built-in template', () => {
    for (const source of builtinTemplateSources()) expect(directTemplate(source)).toBeDefined();
  });

  describe('the built-in templates render what Handlebars renders', () => {
    // the same templates with a comment appended: other hashes, so Handlebars renders them
    const dir = mkdtempSync(join(tmpdir(), 'bienban-direct-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    cpSync(TEMPLATES, dir, { recursive: true });
    for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' })) if (f.endsWith('.hbs')) appendFileSync(join(dir, f), '{{!-- Handlebars --}}');
    const direct = createHtmlRenderer();
    const handlebars = createHtmlRenderer({ templateDir: dir });

    it('for the fixture views', () => {
      for (const view of [bienBanView(), thongBaoView()]) expect(direct.render(view)).toBe(handlebars.render(view));
    });

    it('for 80 generated notes, both documents', () => {
      const r = prng(11);
      for (let i = 0; i < 80; i++) {
        const { note } = lintText(`n${i}.md`, makeNote(r, i).text);
        expect(note.data).toBeDefined();
        for (const doc of ['bien-ban', 'thong-bao'] as const) {
          const view = buildView(note, doc);
          expect(Buffer.from(direct.renderBytes(view)).equals(Buffer.from(handlebars.renderBytes(view)))).toBe(true);
        }
      }
    });
  });
});
