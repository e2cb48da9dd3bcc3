// Files shipped with bienban (schemas, templates, seeds).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { PACKAGE_ROOT } from '../package-root.js';

export { PACKAGE_ROOT };
export const PACKAGE_SCHEMA = path.join(PACKAGE_ROOT, 'schemas', 'visit-note.schema.json');
export const PACKAGE_TEMPLATES = path.join(PACKAGE_ROOT, 'templates');
export const PACKAGE_SAMPLE = path.join(PACKAGE_ROOT, 'seeds', '2024-07-23-ubnd-tinh-bac-kan.md');

export const WORKSPACE_SCHEMA = path.join('schemas', 'visit-note.schema.json');

/** the workspace's own schema copy when there is one, else the package's */
export function schemaFileFor(root: string): string {
  const local = path.join(root, WORKSPACE_SCHEMA);
  return existsSync(local) ? local : PACKAGE_SCHEMA;
}
