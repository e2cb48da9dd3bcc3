#!/usr/bin/env node
// Regenerates docs/rules/ from the rule registry (run after `npm run build`).
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { ruleDocFiles } from '../dist/rules/docs.js';

const dir = new URL('../docs/rules/', import.meta.url);
mkdirSync(dir, { recursive: true });
const files = ruleDocFiles();
for (const name of readdirSync(dir)) if (!files.has(name)) rmSync(new URL(name, dir));
for (const [name, text] of files) writeFileSync(new URL(name, dir), text);
process.stdout.write(`wrote ${files.size} files to docs/rules/\n`);
