// JUnit XML: well-formed, a suite per file, a testcase per diagnostic (warnings too), a passing case for a clean file.
import { describe, it, expect } from 'vitest';
import junit, { escapeXml } from '../../src/report/junit.js';
import { reporterByName } from '../../src/report/index.js';
import { readFileSync } from 'node:fs';
import { lintText } from '../../src/lint.js';
import { realResults, ctx, SEED } from './helpers.js';

interface El { name: string; attrs: Record<string, string>; children: El[]; text: string }

const ENTITY = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/y;
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|apos|#\d+);/g, (_m, e: string) =>
  ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[e] ?? String.fromCodePoint(Number(e.slice(1))));

/** a small strict XML parser: one root, matched tags, quoted unique attributes, no bare & or < in text */
function parseXml(xml: string): El {
  let i = 0;
  const fail = (why: string): never => { throw new Error(`${why} at ${i}: ${xml.slice(i, i + 40)}`); };
  const checkText = (s: string) => {
    for (let k = s.indexOf('&'); k >= 0; k = s.indexOf('&', k + 1)) { ENTITY.lastIndex = k; if (!ENTITY.test(s)) fail('bare &'); }
    if (s.includes('<')) fail('bare <');
  };
  if (xml.startsWith('<?xml')) i = xml.indexOf('?>') + 2;
  const skipWs = () => { while (/\s/.test(xml[i] ?? '')) i++; };
  const element = (): El => {
    if (xml[i] !== '<') fail('expected <');
    i++;
    const name = /^[A-Za-z_][\w.-]*/.exec(xml.slice(i))?.[0] ?? fail('bad name');
    i += name.length;
    const attrs: Record<string, string> = {};
    for (;;) {
      skipWs();
      if (xml.startsWith('/>', i)) { i += 2; return { name, attrs, children: [], text: '' }; }
      if (xml[i] === '>') { i++; break; }
      const m = /^([A-Za-z_][\w.-]*)="([^"]*)"/.exec(xml.slice(i)) ?? fail('bad attribute');
      if (m[1] in attrs) fail('duplicate attribute');
      checkText(m[2]);
      attrs[m[1]] = decode(m[2]);
      i += m[0].length;
    }
    const children: El[] = [];
    let text = '';
    for (;;) {
      const lt = xml.indexOf('<', i);
      if (lt < 0) fail('unclosed element');
      const chunk = xml.slice(i, lt);
      checkText(chunk);
      text += decode(chunk);
      i = lt;
      if (xml.startsWith(`</${name}>`, i)) { i += name.length + 3; return { name, attrs, children, text }; }
      if (xml.startsWith('</', i)) fail('mismatched end tag');
      children.push(element());
    }
  };
  skipWs();
  const root = element();
  skipWs();
  if (i !== xml.length) fail('content after the root');
  return root;
}

describe('junit reporter', () => {
  const results = realResults();
  const xml = junit.format(results, ctx());
  const root = parseXml(xml);

  it('is registered', () => {
    expect(reporterByName('junit')).toBe(junit);
  });

  it('the checker rejects malformed XML', () => {
    expect(() => parseXml('<a><b></a>')).toThrow();
    expect(() => parseXml('<a x="1 & 2"/>')).toThrow();
    expect(() => parseXml('<a>x</a><b/>')).toThrow();
  });

  it('has one testsuite per file and the right counts', () => {
    expect(root.name).toBe('testsuites');
    expect(root.children.map((s) => s.attrs.name)).toEqual(['seeds/2024-07-23-ubnd-tinh-bac-kan.md', 'test/fixtures/seed-defects.md', 'test/fixtures/broken.md']);
    const [clean, defects, binary] = root.children;
    expect(clean.attrs).toMatchObject({ tests: '1', failures: '0', errors: '0' });
    expect(clean.children).toHaveLength(1);
    expect(clean.children[0].children).toEqual([]);
    expect(defects.attrs).toMatchObject({ tests: String(results[1].messages.length), failures: String(results[1].messages.length), errors: '0' });
    expect(binary.attrs).toMatchObject({ tests: '1', failures: '0', errors: '1' });
    expect(root.attrs).toMatchObject({ tests: String(1 + results[1].messages.length + 1), failures: String(results[1].messages.length), errors: '1' });
  });

  it('reports warnings as failures of type "warning", errors as type "error", fatal problems as <error>', () => {
    const cases = root.children[1].children;
    const types = cases.map((c) => `${c.children[0].name}:${c.children[0].attrs.type}`);
    expect(types).toEqual(['failure:error', 'failure:warning']);
    expect(cases[0].children[0].attrs.message).toBe(results[1].messages[0].message);
    expect(cases[0].children[0].text).toContain('test/fixtures/seed-defects.md:68:110');
    expect(root.children[2].children[0].children[0]).toMatchObject({ name: 'error', attrs: { type: 'fatal' } });
  });

  it('names every testcase of a file uniquely, with the rule, the place and the message', () => {
    // ten schema problems at the front matter's start: all at 2:1
    const text = readFileSync(SEED, 'utf8').replace(/^(type|title|place|date|start|location|chair): .*\n/gm, '');
    const result = lintText(SEED, text).result;
    const schema = result.messages.filter((m) => m.ruleId === 'schema');
    expect(schema.length).toBeGreaterThan(5);
    const twice = { ...result, messages: [...result.messages, schema[0]] };
    const names = parseXml(junit.format([twice], ctx())).children[0].children.map((c) => c.attrs.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain(`schema ${schema[0].line}:${schema[0].column} ${schema[0].message}`);
    expect(names).toContain(`schema ${schema[0].line}:${schema[0].column} ${schema[0].message} (2)`);
  });

  it('escapes markup and drops characters XML cannot carry', () => {
    expect(escapeXml('a < b & "c" \u0001')).toBe('a &lt; b &amp; &quot;c&quot; ');
    const tricky = [{ ...results[1], messages: [{ ...results[1].messages[0], message: 'x <y> & "z"\nline 2 ]]>' }] }];
    const el = parseXml(junit.format(tricky, ctx()));
    expect(el.children[0].children[0].children[0].attrs.message).toBe('x <y> & "z"\nline 2 ]]>');
  });
});
