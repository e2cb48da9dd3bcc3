// The JSON Schema for editors, generated from the zod schema (the file in schemas/ is this output).
import { z } from 'zod';
import { noteSchema } from './note.js';

export const SCHEMA_ID = 'https://bienban.invalid/schemas/visit-note.schema.json';

export function noteJsonSchema(): Record<string, unknown> {
  const s = z.toJSONSchema(noteSchema, { target: 'draft-7', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return { ...s, $id: SCHEMA_ID };
}
