// The checked-in JSON Schema is the zod schema's output; every field carries Vietnamese help.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { noteJsonSchema } from '../../src/schema/json-schema.js';

const FILE = new URL('../../schemas/visit-note.schema.json', import.meta.url);

describe('schemas/visit-note.schema.json', () => {
  it('is current (regenerate with `npm run build && npm run schema`)', () => {
    expect(JSON.parse(readFileSync(FILE, 'utf8'))).toEqual(noteJsonSchema());
  });

  it('gives every property a Vietnamese title and description', () => {
    const missing: string[] = [];
    const walk = (s: any, path: string) => {
      if (!s || typeof s !== 'object') return;
      if (s.properties) {
        for (const [k, v] of Object.entries<any>(s.properties)) {
          const target = v.anyOf ? v.anyOf.find((x: any) => x.type !== 'null') ?? v : v;
          if (!v.title && !target.title) missing.push(`${path}${k}: title`);
          if (!v.description && !target.description) missing.push(`${path}${k}: description`);
          walk(target, `${path}${k}.`);
          if (target.items) walk(target.items, `${path}${k}[].`);
        }
      }
    };
    walk(noteJsonSchema(), '');
    expect(missing).toEqual([]);
  });

  it('requires what the spec requires', () => {
    const s = noteJsonSchema() as { required: string[] };
    expect(new Set(s.required)).toEqual(new Set(['type', 'title', 'issuer', 'place', 'date', 'start', 'location', 'delegation', 'host', 'chair', 'secretary']));
  });
});
