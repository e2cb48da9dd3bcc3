// The SARIF reporter's output validates against the official SARIF 2.1.0 schema and points at the right places.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import sarif from '../../src/report/sarif.js';
import { reporterByName } from '../../src/report/index.js';
import { RULES } from '../../src/rules/index.js';
import { realResults, ctx, ROOT } from './helpers.js';

const schema = JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/sarif-schema-2.1.0.json'), 'utf8'));
const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true });
const validate = ajv.compile(schema);

describe('sarif reporter', () => {
  const results = realResults();
  const log = JSON.parse(sarif.format(results, ctx()));
  const run = log.runs[0];

  it('is registered', () => {
    expect(reporterByName('sarif')).toBe(sarif);
  });

  it('validates against the SARIF 2.1.0 schema', () => {
    const ok = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('the schema really checks: a broken log is rejected', () => {
    const broken = structuredClone(log);
    broken.runs[0].results[0].level = 'fatal';
    delete broken.runs[0].tool.driver.name;
    expect(validate(broken)).toBe(false);
  });

  it('describes the tool and every rule, plus the loader and schema ids', () => {
    const d = run.tool.driver;
    expect(d).toMatchObject({ name: 'bienban', version: '9.8.7' });
    expect(d.informationUri).toMatch(/^https:\/\//);
    const ids = d.rules.map((r: { id: string }) => r.id);
    for (const r of RULES) expect(ids).toContain(r.id);
    for (const id of ['file', 'front-matter', 'yaml', 'schema', 'font-coverage']) expect(ids).toContain(id);
    expect(new Set(ids).size).toBe(ids.length);
    const dv = d.rules.find((r: { id: string }) => r.id === 'date-valid');
    expect(dv.defaultConfiguration.level).toBe('error');
    expect(dv.help.markdown).toContain('16/5/20216');
    expect(dv.help.markdown).toContain('16/5/2016');
    expect(d.rules.find((r: { id: string }) => r.id === 'space-before-punctuation').defaultConfiguration.level).toBe('warning');
  });

  it('gives one result per diagnostic with rule index, level, relative uri and region', () => {
    const all = results.flatMap((r) => r.messages);
    expect(run.results).toHaveLength(all.length);
    const dateValid = run.results.find((r: { ruleId: string }) => r.ruleId === 'date-valid');
    expect(run.tool.driver.rules[dateValid.ruleIndex].id).toBe('date-valid');
    expect(dateValid.level).toBe('error');
    expect(dateValid.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'test/fixtures/seed-defects.md', uriBaseId: '%SRCROOT%' },
      region: { startLine: 68, startColumn: 110, endLine: 68, endColumn: 120 },
    });
    const warning = run.results.find((r: { ruleId: string }) => r.ruleId === 'space-before-punctuation');
    expect(warning.level).toBe('warning');
    const fatal = run.results.find((r: { ruleId: string }) => r.ruleId === 'file');
    expect(run.tool.driver.rules[fatal.ruleIndex].id).toBe('file');
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toMatch(/^file:\/\/.*\/$/);
  });

  it('uses an absolute file URI for files outside the working directory, and English when asked', () => {
    const out = JSON.parse(sarif.format(results, ctx({ cwd: path.join(ROOT, 'src'), lang: 'en' })));
    const loc = out.runs[0].results[0].locations[0].physicalLocation.artifactLocation;
    expect(loc.uri).toMatch(/^file:\/\/\//);
    expect(loc.uriBaseId).toBeUndefined();
    expect(out.runs[0].tool.driver.rules[0].shortDescription.text).toBe(RULES[0].description.en);
    expect(validate(out)).toBe(true);
  });
});
