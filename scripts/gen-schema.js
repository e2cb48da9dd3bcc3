#!/usr/bin/env node
// Regenerates schemas/visit-note.schema.json from the zod schema (run after `npm run build`).
import { writeFileSync } from 'node:fs';
import { noteJsonSchema } from '../dist/schema/json-schema.js';

const file = new URL('../schemas/visit-note.schema.json', import.meta.url);
writeFileSync(file, `${JSON.stringify(noteJsonSchema(), null, 2)}\n`);
process.stdout.write(`wrote ${file.pathname}\n`);
