// A unified diff (Myers line diff, 3 lines of context) for --fix-dry-run, in the form that
// `git apply` and `patch -p1` accept: "a/" and "b/" paths, "\ No newline at end of file".
import path from 'node:path';

export interface DiffOptions {
  /** paths inside this folder are shown relative to it, git style */
  cwd?: string;
  context?: number;
}

type Op = ' ' | '-' | '+';

/** lines with their terminators, so a missing final newline is a difference too */
function splitLines(s: string): string[] {
  return s.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

// beyond this many differing lines, Myers' trace costs more than it is worth: replace as one block
const MAX_EDITS = 4000;

/** the edit script turning a into b: Myers' greedy algorithm with a per-step trace */
function myers(a: readonly string[], b: readonly string[]): Op[] {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, MAX_EDITS);
  const off = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    // keep only the diagonals step d can read: -d-1 … d+1
    trace.push(v.slice(off - d - 1, off + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[off + k - 1] < v[off + k + 1]) ? v[off + k + 1] : v[off + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[off + k] = x;
      if (x >= n && y >= m) return backtrack(trace, n, m);
    }
  }
  return [...a.map(() => '-' as const), ...b.map(() => '+' as const)];
}

function backtrack(trace: Int32Array[], n: number, m: number): Op[] {
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const v = trace[d];
    const at = (k: number) => v[k + d + 1];
    const k = x - y;
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : at(prevK);
    const prevY = d === 0 ? 0 : prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push(' ');
      x--;
      y--;
    }
    if (d > 0) ops.push(x === prevX ? '+' : '-');
    x = prevX;
    y = prevY;
  }
  return ops.reverse();
}

function label(file: string, cwd?: string): { from: string; to: string } {
  if (cwd) {
    const rel = path.relative(cwd, file);
    if (rel && !rel.startsWith('..') && !path.isAbsolute(rel)) {
      const p = rel.split(path.sep).join('/');
      return { from: `a/${p}`, to: `b/${p}` };
    }
  }
  return { from: file, to: file };
}

function emit(op: Op, line: string): string {
  return line.endsWith('\n') ? `${op}${line}` : `${op}${line}\n\\ No newline at end of file\n`;
}

/** the unified diff of two texts; '' when they are equal */
export function unifiedDiff(file: string, before: string, after: string, opts: DiffOptions = {}): string {
  if (before === after) return '';
  const ctx = opts.context ?? 3;
  const a = splitLines(before);
  const b = splitLines(after);
  // common head and tail are cheap to skip before the real diff
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const ops: Op[] = [
    ...Array<Op>(head).fill(' '),
    ...myers(a.slice(head, a.length - tail), b.slice(head, b.length - tail)),
    ...Array<Op>(tail).fill(' '),
  ];
  // each op with its line numbers (0-based) in a and b
  const rows: { op: Op; ai: number; bi: number }[] = [];
  let ai = 0;
  let bi = 0;
  for (const op of ops) {
    rows.push({ op, ai, bi });
    if (op !== '+') ai++;
    if (op !== '-') bi++;
  }
  const { from, to } = label(file, opts.cwd);
  let out = `--- ${from}\n+++ ${to}\n`;
  let i = 0;
  while (i < rows.length) {
    if (rows[i].op === ' ') {
      i++;
      continue;
    }
    const start = Math.max(0, i - ctx);
    // extend while the context after the last change would touch the context before the next one
    let last = i;
    for (let j = i + 1; j < rows.length && j <= last + 2 * ctx + 1; j++) if (rows[j].op !== ' ') last = j;
    const end = Math.min(rows.length, last + ctx + 1);
    const hunk = rows.slice(start, end);
    const aLen = hunk.filter((r) => r.op !== '+').length;
    const bLen = hunk.filter((r) => r.op !== '-').length;
    // an empty side is numbered by the line before it, as diff(1) does
    const aStart = aLen === 0 ? rows[start].ai : rows[start].ai + 1;
    const bStart = bLen === 0 ? rows[start].bi : rows[start].bi + 1;
    out += `@@ -${aStart},${aLen} +${bStart},${bLen} @@\n`;
    for (const r of hunk) out += emit(r.op, r.op === '+' ? b[r.bi] : a[r.ai]);
    i = end;
  }
  return out;
}
