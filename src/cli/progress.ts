// Progress on stderr: on a terminal (not under CI) a one-line bar (count/total, notes/s, ETA)
// redrawn at most ~10 times a second, from one second into the run (a handful of notes done
// sooner shows none, for check and render alike); elsewhere (a pipe, a CI log) a plain line every few
// seconds, so a long batch shows it is alive and a short one prints nothing.
import type { Io } from './context.js';
import { t, type Lang } from '../i18n/index.js';

export interface Progress {
  tick(n?: number): void;
  /** erase the bar (before printing other lines, and at the end) */
  clear(): void;
  readonly enabled: boolean;
}

const INTERVAL_MS = 100;
/** no bar before this: a run that ends sooner needs none */
const BAR_AFTER_MS = 1000;
const PLAIN_INTERVAL_MS = 5000;
const WIDTH = 24;

export function progressEnabled(io: Io): boolean {
  return !!io.stderr.isTTY && !io.env.CI && io.env.TERM !== 'dumb';
}

function clock(seconds: number): string {
  if (!Number.isFinite(seconds)) return '--:--';
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** plain lines: none before the first interval, none at the end (the summary follows) */
function plainProgress(io: Io, total: number, lang: Lang, now: () => number): Progress {
  const started = now();
  let done = 0;
  let last = started;
  return {
    enabled: false,
    tick(n = 1) {
      done += n;
      const ts = now();
      if (ts - last < PLAIN_INTERVAL_MS || done >= total) return;
      last = ts;
      const elapsed = (ts - started) / 1000;
      const rate = done / elapsed;
      io.stderr.write(`${done}/${total}  ${rate.toFixed(1)} ${t(lang, 'batch/rate')}  ETA ${clock((total - done) / rate)}\n`);
    },
    clear() {},
  };
}

export function createProgress(io: Io, total: number, lang: Lang, now: () => number = Date.now): Progress {
  if (total <= 0) return { tick() {}, clear() {}, enabled: false };
  if (!progressEnabled(io)) return plainProgress(io, total, lang, now);
  const started = now();
  let done = 0;
  let last = 0;
  let shown = false;
  const draw = () => {
    const elapsed = (now() - started) / 1000;
    const rate = elapsed > 0 ? done / elapsed : 0;
    const filled = Math.round((done / total) * WIDTH);
    const eta = rate > 0 ? (total - done) / rate : Infinity;
    const line = `[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${done}/${total}  ${rate.toFixed(1)} ${t(lang, 'batch/rate')}  ETA ${clock(eta)}`;
    io.stderr.write(`\r${line}\x1b[K`);
    shown = true;
  };
  return {
    enabled: true,
    tick(n = 1) {
      done += n;
      const ts = now();
      if (!shown && (ts - started < BAR_AFTER_MS || done >= total)) return;
      if (ts - last >= INTERVAL_MS || done >= total) {
        last = ts;
        draw();
      }
    },
    clear() {
      if (shown) io.stderr.write('\r\x1b[K');
      shown = false;
    },
  };
}
