// A minimal unified diff (whole-line hunks with 3 lines of context) for --fix-dry-run.

export function unifiedDiff(file: string, before: string, after: string): string {
  const a = before.split('\n');
  const b = after.split('\n');
  if (before === after) return '';
  // fixes never add or remove lines, except rare cases; fall back to a whole-file hunk then
  if (a.length !== b.length) {
    return `--- ${file}\n+++ ${file}\n@@ -1,${a.length} +1,${b.length} @@\n${a.map((l) => `-${l}`).join('\n')}\n${b.map((l) => `+${l}`).join('\n')}\n`;
  }
  const changed = a.map((l, i) => l !== b[i]);
  let out = `--- ${file}\n+++ ${file}\n`;
  let i = 0;
  while (i < a.length) {
    if (!changed[i]) { i++; continue; }
    const start = Math.max(0, i - 3);
    let end = i;
    while (end < a.length && (changed[end] || changed.slice(end, end + 7).some(Boolean))) end++;
    end = Math.min(a.length, end + 3);
    const len = end - start;
    out += `@@ -${start + 1},${len} +${start + 1},${len} @@\n`;
    for (let k = start; k < end; k++) {
      if (changed[k]) out += `-${a[k]}\n+${b[k]}\n`;
      else out += ` ${a[k]}\n`;
    }
    i = end;
  }
  return out;
}
