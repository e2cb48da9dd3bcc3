// The .md files of the repository's folders, for tests that run over every shipped note.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './cli.js';

/** every *.md under these folders (relative to the repository root), sorted */
export function markdownFilesUnder(...dirs: string[]): string[] {
  const out: string[] = [];
  for (const dir of dirs) {
    for (const f of readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })) if (f.endsWith('.md')) out.push(path.join(ROOT, dir, f));
  }
  return out.sort();
}
