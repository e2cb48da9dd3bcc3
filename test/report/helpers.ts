// Real lint results for the reporter tests: the seed (clean), the seed with its known defects, a binary file.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { lintText, lintBytes } from '../../src/lint.js';
import type { FileResult } from '../../src/diagnostics.js';
import type { ReportContext } from '../../src/report/types.js';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const SEED = path.join(ROOT, 'seeds/2024-07-23-ubnd-tinh-bac-kan.md');
export const DEFECTS = path.join(ROOT, 'test/fixtures/seed-defects.md');

export function realResults(): FileResult[] {
  const clean = lintText(SEED, readFileSync(SEED, 'utf8')).result;
  const defects = lintText(DEFECTS, readFileSync(DEFECTS, 'utf8')).result;
  const binary = lintBytes(path.join(ROOT, 'test/fixtures/broken.md'), new Uint8Array([0x00, 0x01, 0x02, 0xff, 0x00])).result;
  return [clean, defects, binary];
}

export const ctx = (over: Partial<ReportContext> = {}): ReportContext => ({ lang: 'vi', color: false, cwd: ROOT, version: '9.8.7', ...over });
