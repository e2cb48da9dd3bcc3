// bienban schema: print the JSON Schema of the front matter.
import type { Ctx } from '../context.js';
import { noteJsonSchema } from '../../schema/json-schema.js';

export function schemaCommand(ctx: Ctx): number {
  ctx.out(`${JSON.stringify(noteJsonSchema(), null, 2)}\n`);
  return 0;
}
