// How a path is shown in messages: relative to the working folder when it lies inside it,
// absolute otherwise ("../../sys/x" names /sys/x less clearly than "/sys/x" does).
import path from 'node:path';

export function displayPath(cwd: string, p: string): string {
  const abs = path.resolve(cwd, p);
  const rel = path.relative(cwd, abs);
  if (rel === '') return '.';
  return rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel) ? abs : rel;
}
