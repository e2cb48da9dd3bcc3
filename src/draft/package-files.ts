// Files shipped with bienban (schemas, templates, seeds).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { packagePath } from '../package-root.js';

export const PACKAGE_SCHEMA = packagePath('schemas', 'visit-note.schema.json');
export const PACKAGE_TEMPLATES = packagePath('templates');
export const PACKAGE_SAMPLE = packagePath('seeds', '2024-07-23-ubnd-tinh-bac-kan.md');

export const WORKSPACE_SCHEMA = path.join('schemas', 'visit-note.schema.json');

/** the workspace's own schema copy when there is one, else the package's */
export function schemaFileFor(root: string): string {
  const local = path.join(root, WORKSPACE_SCHEMA);
  return existsSync(local) ? local : PACKAGE_SCHEMA;
}
