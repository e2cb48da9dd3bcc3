// A Ctx with captured output, as the CLI builds it, for driving commands in-process.
import { Writable, Readable } from 'node:stream';
import { makeCtx, type Ctx } from '../../src/cli/context.js';

export interface Captured {
  ctx: Ctx;
  out: () => string;
  err: () => string;
}

export function captureCtx(cwd: string, opts: { lang?: 'vi' | 'en'; tty?: boolean } = {}): Captured {
  let out = '', err = '';
  const sink = (f: (s: string) => void) => new Writable({ write(c, _e, cb) { f(String(c)); cb(); } });
  const stdout = Object.assign(sink((s) => (out += s)), { isTTY: opts.tty ?? false });
  const stderr = Object.assign(sink((s) => (err += s)), { isTTY: false });
  const stdin = Object.assign(Readable.from([]), { isTTY: opts.tty ?? false });
  const ctx = makeCtx({ stdout, stderr, stdin, cwd, env: {} }, { lang: opts.lang });
  return { ctx, out: () => out, err: () => err };
}
