#!/usr/bin/env node
// Regenerates src/render/html/templates.generated.ts, the built-in Handlebars templates
// precompiled (run after `npm run build`, then build again).
import { writeFileSync } from 'node:fs';
import { builtinTemplateSources } from '../dist/render/html/templates.js';
import { generatedModule } from '../dist/render/html/compiled.js';

const file = new URL('../src/render/html/templates.generated.ts', import.meta.url);
writeFileSync(file, generatedModule(builtinTemplateSources()));
process.stdout.write(`wrote ${file.pathname}\n`);
