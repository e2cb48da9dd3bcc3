// Runs batch tasks on N worker threads (or in this thread when N is 1). Each worker builds its
// renderer once; tasks go out as file paths, results come back as plain data. At most
// DEPTH tasks per worker are in flight and a slot frees only once its result has been
// handled, so memory stays flat however many notes there are.
import { Worker } from 'node:worker_threads';
import { BienbanError, type ErrorCode } from '../errors.js';
import type { TaskInit } from './tasks.js';

export type Outcome<R> = { ok: true; result: R } | { ok: false; error: string };

export interface PoolOptions<T, R> {
  /** worker threads; 1 = in this thread, no worker */
  jobs: number;
  init: TaskInit;
  tasks: readonly T[];
  /** called as results arrive (any order); awaited before the slot is reused */
  onResult(index: number, outcome: Outcome<R>): void | Promise<void>;
  /** abort: stop dispatching, terminate the workers, drop what is still running */
  signal?: AbortSignal;
}

const DEPTH = 2;

type ErrorInfo = { message: string; code?: string; hint?: string };
const toError = (e: ErrorInfo) => (e.code ? new BienbanError(e.code as ErrorCode, e.message, e.hint) : new Error(e.message));

export async function runTasks<T, R>(o: PoolOptions<T, R>): Promise<{ aborted: boolean }> {
  if (o.tasks.length === 0) return { aborted: !!o.signal?.aborted };
  return o.jobs <= 1 || o.tasks.length === 1 ? runInProcess(o) : runOnWorkers(o);
}

async function runInProcess<T, R>(o: PoolOptions<T, R>): Promise<{ aborted: boolean }> {
  const { createTaskHandler } = await import('./tasks.js');
  const handle = await createTaskHandler(o.init);
  // the previous result is handled (written) while the next note renders
  let previous: Promise<void> = Promise.resolve();
  for (let i = 0; i < o.tasks.length; i++) {
    if (o.signal?.aborted) break;
    let outcome: Outcome<R>;
    try {
      outcome = { ok: true, result: (await handle(o.tasks[i] as never)).result as R };
    } catch (e) {
      outcome = { ok: false, error: e instanceof Error ? e.message : String(e) };
    }
    await previous;
    if (o.signal?.aborted) break;
    previous = Promise.resolve(o.onResult(i, outcome));
  }
  await previous;
  return { aborted: !!o.signal?.aborted };
}

interface Slot {
  worker: Worker;
  ready: boolean;
  inflight: Set<number>;
}

function runOnWorkers<T, R>(o: PoolOptions<T, R>): Promise<{ aborted: boolean }> {
  const count = Math.min(o.jobs, o.tasks.length);
  const url = new URL('./worker.js', import.meta.url);
  return new Promise((resolve, reject) => {
    const slots = new Set<Slot>();
    const handling = new Set<Promise<void>>();
    let next = 0;
    let finished = false;
    let restarts = 0;

    const finish = async (err?: unknown) => {
      if (finished) return;
      finished = true;
      o.signal?.removeEventListener('abort', onAbort);
      await Promise.all([...slots].map((s) => s.worker.terminate()));
      await Promise.allSettled([...handling]);
      if (err) reject(err);
      else resolve({ aborted: !!o.signal?.aborted });
    };
    const onAbort = () => void finish();

    const handle = (slot: Slot, id: number, outcome: Outcome<R>) => {
      if (finished) return;
      const p = (async () => {
        try {
          await o.onResult(id, outcome);
        } catch (e) {
          return void finish(e);
        }
        slot.inflight.delete(id);
      })();
      handling.add(p);
      void p.finally(() => {
        handling.delete(p);
        pump();
      });
    };

    const pump = () => {
      if (finished) return;
      if (o.signal?.aborted) return void finish();
      for (const s of slots) {
        while (s.ready && s.inflight.size < DEPTH && next < o.tasks.length) {
          const id = next++;
          s.inflight.add(id);
          s.worker.postMessage({ id, task: o.tasks[id] });
        }
      }
      if (next >= o.tasks.length && [...slots].every((s) => s.inflight.size === 0) && handling.size === 0) void finish();
    };

    const spawn = () => {
      const slot: Slot = { worker: new Worker(url, { workerData: o.init }), ready: false, inflight: new Set() };
      slots.add(slot);
      // a crashed worker fails only the notes it held; a fresh one takes over
      const crashed = (message: string) => {
        if (finished || !slots.has(slot)) return;
        slots.delete(slot);
        const lost = [...slot.inflight];
        slot.inflight.clear();
        for (const id of lost) {
          slot.inflight.add(id);
          handle(slot, id, { ok: false, error: message });
        }
        if (next < o.tasks.length && restarts++ < o.tasks.length) spawn();
        pump();
      };
      slot.worker.on('message', (m: { ready?: true; initError?: ErrorInfo; id: number; ok: boolean; result?: R; error?: ErrorInfo }) => {
        if (m.initError) return void finish(toError(m.initError));
        if (m.ready) {
          slot.ready = true;
          return pump();
        }
        handle(slot, m.id, m.ok ? { ok: true, result: m.result as R } : { ok: false, error: m.error?.message ?? 'worker error' });
      });
      slot.worker.on('error', (e) => crashed(e instanceof Error ? e.message : String(e)));
      slot.worker.on('exit', (code) => crashed(`worker exited (${code})`));
    };

    if (o.signal?.aborted) return resolve({ aborted: true });
    o.signal?.addEventListener('abort', onAbort, { once: true });
    for (let i = 0; i < count; i++) spawn();
  });
}
