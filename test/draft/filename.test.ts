import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { draftRelPath, insideRoot, quarterOf, schemaRef } from '../../src/draft/filename.js';
import { newCommand } from '../../src/cli/commands/new.js';
import { captureCtx } from '../cli/io.js';

const SHAPE = /^reports\/\d{4}\/Q[1-4]\/\d{4}-\d{2}-\d{2}-[a-z0-9]+(-[a-z0-9]+)*\.md$/;
const NASTY = ['../../etc', '/abs', 'a/b', '..', '.', 'C:\\x', 'C:\\Windows\\System32', '\\\\server\\share', '~', '%2e%2e%2f', 'a\0b', '...', ' ', '', '////', 'x'.repeat(500), 'Ủy ban nhân dân '.repeat(40), '../'.repeat(50) + 'etc/passwd'];

describe('draft file name', () => {
  it('builds reports/<year>/Q<q>/<date>-<slug>.md', () => {
    expect(draftRelPath('2024-07-23', 'Ủy ban nhân dân tỉnh Bắc Kạn')).toBe('reports/2024/Q3/2024-07-23-uy-ban-nhan-dan-tinh-bac-kan.md');
    expect(draftRelPath('2024-01-01', 'UBND tỉnh Đắk Lắk')).toBe('reports/2024/Q1/2024-01-01-ubnd-tinh-dak-lak.md');
    expect([1, 3, 4, 6, 7, 9, 10, 12].map((mo) => quarterOf(`2024-${String(mo).padStart(2, '0')}-01`))).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
  });

  it('refuses a date that is not real', () => {
    expect(() => draftRelPath('2024-02-30', 'x')).toThrow();
    expect(() => draftRelPath('../2024-01-01', 'x')).toThrow();
  });

  it.each(NASTY)('keeps host %j inside the workspace', (host) => {
    const rel = draftRelPath('2024-07-23', host);
    expect(rel).toMatch(SHAPE);
    expect(path.basename(rel).length).toBeLessThanOrEqual(100);
    const root = path.resolve('/w/space');
    expect(insideRoot(root, rel).startsWith(root + path.sep)).toBe(true);
  });

  it('insideRoot refuses paths that leave the root', () => {
    for (const bad of ['../x.md', '/etc/passwd', '', '.', 'a/../../x.md']) expect(() => insideRoot('/w/space', bad)).toThrow();
    expect(insideRoot('/w/space', 'a/../b.md')).toBe(path.resolve('/w/space/b.md'));
  });

  it('schemaRef is relative with forward slashes', () => {
    expect(schemaRef('/w/reports/2024/Q3/n.md', '/w/schemas/visit-note.schema.json')).toBe('../../../schemas/visit-note.schema.json');
  });

  it('`new --yes` with hostile host names writes only under <root>/reports', async () => {
    const outer = mkdtempSync(path.join(tmpdir(), 'bb-trav-'));
    const root = path.join(outer, 'ws');
    mkdirSync(root);
    for (const [i, host] of NASTY.entries()) {
      const { ctx, out } = captureCtx(root);
      const code = await newCommand(ctx, undefined, { yes: true, host, date: `2024-0${(i % 9) + 1}-1${i % 10}` });
      expect(code).toBe(0);
      const written = path.resolve(root, out().trim());
      expect(path.relative(root, written)).toMatch(SHAPE);
      expect(existsSync(written)).toBe(true);
    }
    expect(readdirSync(outer)).toEqual(['ws']);
    expect(readdirSync(root)).toEqual(['reports']);
  });
});
