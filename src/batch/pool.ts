// Runs batch tasks on N threads: this one and N-1 workers (or this one alone when N is 1). The
// main thread has the modules loaded and warm already and would otherwise wait: on two cores a
// third thread only adds start-up and contention. Each thread builds its renderer once; tasks go
// out as file paths, results come back as plain data. At most DEPTH tasks per worker are in
// flight and a slot frees only once its result has been handled, so memory stays flat however
// many notes there are. A pool may be started before its tasks are known, so worker start-up
// overlaps the caller's own work.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import type { Worker } from 'node:worker_threads';
import { BienbanError, type ErrorCode } from '../errors.js';
import type { TaskHandler, TaskInit } from './tasks.js';

export type Outcome<R> = { ok: true; result: R } | { ok: false; error: string };
export type ResultHandler<R> = (index: number, outcome: Outcome<R>) => void | Promise<void>;

export interface Pool {
  /** runs every task; results are handled as they arrive (any order) and awaited before the slot is reused */
  run<T, R>(tasks: readonly T[], onResult: ResultHandler<R>, signal?: AbortSignal): Promise<{ aborted: boolean }>;
  /** terminates the workers (run does it too); safe to call twice */
  close(): Promise<void>;
}

export interface PoolOptions<T, R> {
  /** worker threads; 1 = in this thread, no worker */
  jobs: number;
  init: TaskInit;
  tasks: readonly T[];
  onResult: ResultHandler<R>;
  /** abort: stop dispatching, terminate the workers, drop what is still running */
  signal?: AbortSignal;
}

// enough queued that a worker never waits while this thread is busy with a note of its own
// (it reads worker messages only between notes): with 2, a worker idled ~15% of an HTML batch
const DEPTH = 4;
// a worker holds one or two notes at a time: a modest old generation makes V8 collect sooner,
// keeping a 1,000-note batch under 300 MB (unbounded, DOCX batches grew to ~370 MB)
const OLD_MB = 128;

type ErrorInfo = { message: string; code?: string; hint?: string };
// beside this module: dist/batch/worker.js (compiled), or dist/bundle/worker.js beside the
// bundle, whose import.meta.url is the bundle's
const WORKER_URL = [new URL('./worker.js', import.meta.url)].find((u) => existsSync(fileURLToPath(u)));

// loaded when a first worker starts: the CLI imports this module at start, and most commands
// never start one (~3 ms a start)
let threads: typeof import('node:worker_threads') | undefined;

const newWorker = () => {
  if (!WORKER_URL) throw new Error('the batch worker (worker.js) is missing; run `npm run build`');
  threads ??= createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
  return new threads.Worker(WORKER_URL, { resourceLimits: { maxOldGenerationSizeMb: OLD_MB } });
};

// One worker started before the command knows its notes, so that its start-up (~0.2 s: a
// thread, the bundle, V8 warming up) overlaps the command's own; the next pool takes it.
let early: { worker: Worker; failure: { message?: string } } | undefined;

/** starts the early worker (no-op when one is waiting); failures wait for the pool that takes it */
export function startEarlyWorker(): void {
  if (early || !WORKER_URL) return;
  const failure: { message?: string } = {};
  const worker = newWorker();
  // it must never keep the process alive: a pool that takes it refs it
  worker.unref();
  worker.on('error', (e) => (failure.message ??= e instanceof Error ? e.message : String(e)));
  worker.on('exit', (code) => (failure.message ??= `worker exited (${code})`));
  early = { worker, failure };
}

function takeEarlyWorker() {
  const taken = early;
  early = undefined;
  taken?.worker.removeAllListeners().ref();
  return taken && { worker: taken.worker, failure: taken.failure };
}

/** ends the early worker if no pool took it (without waiting: it may be busy loading) */
export function dropEarlyWorker(): void {
  const w = early?.worker;
  early = undefined;
  void w?.terminate();
}

const toError = (e: ErrorInfo) => (e.code ? new BienbanError(e.code as ErrorCode, e.message, e.hint) : new Error(e.message));

/** start, run, close in one call */
export async function runTasks<T, R>(o: PoolOptions<T, R>): Promise<{ aborted: boolean }> {
  const pool = startPool(o.tasks.length > 1 ? Math.min(o.jobs, o.tasks.length) : 1, o.init);
  try {
    return await pool.run(o.tasks, o.onResult, o.signal);
  } finally {
    await pool.close();
  }
}

export function startPool(jobs: number, init: TaskInit): Pool {
  return jobs <= 1 ? inProcessPool(init) : workerPool(jobs, init);
}

function inProcessPool(init: TaskInit): Pool {
  let handler: Promise<TaskHandler> | undefined;
  return {
    async run<T, R>(tasks: readonly T[], onResult: ResultHandler<R>, signal?: AbortSignal) {
      if (tasks.length === 0) return { aborted: !!signal?.aborted };
      handler ??= import('./tasks.js').then((m) => m.createTaskHandler(init));
      const handle = await handler;
      // the previous result is handled (written) while the next note renders
      let previous: Promise<void> = Promise.resolve();
      for (let i = 0; i < tasks.length; i++) {
        if (signal?.aborted) break;
        let outcome: Outcome<R>;
        try {
          outcome = { ok: true, result: (await handle(tasks[i] as never)).result as R };
        } catch (e) {
          outcome = { ok: false, error: e instanceof Error ? e.message : String(e) };
        }
        await previous;
        if (signal?.aborted) break;
        previous = Promise.resolve(onResult(i, outcome));
      }
      await previous;
      return { aborted: !!signal?.aborted };
    },
    async close() {},
  };
}

interface Slot {
  /** absent for the slot that runs in this thread */
  worker?: Worker;
  ready: boolean;
  inflight: Set<number>;
}

type Message = { ready?: true; initError?: ErrorInfo; id: number; ok: boolean; result?: unknown; error?: ErrorInfo };

function workerPool(jobs: number, init: TaskInit): Pool {
  const slots = new Set<Slot>();
  // this thread's own slot: ready once its handler is built
  const local: Slot = { ready: false, inflight: new Set() };
  let localHandle: TaskHandler | undefined;
  slots.add(local);
  import('./tasks.js')
    .then((m) => m.createTaskHandler(init))
    .then(
      (h) => {
        localHandle = h;
        local.ready = true;
        listener?.ready();
      },
      (e) => {
        initError ??= e instanceof Error ? e : new Error(String(e));
        listener?.ready();
      },
    );
  let initError: Error | undefined;
  let closed = false;
  // set while a run is going: where worker events go
  let listener: { ready(): void; message(slot: Slot, m: Message): void; crashed(slot: Slot, message: string): void } | undefined;

  const spawn = () => {
    const { worker, failure } = takeEarlyWorker() ?? { worker: newWorker(), failure: {} as { message?: string } };
    worker.postMessage({ init });
    const slot: Slot = { worker, ready: false, inflight: new Set() };
    slots.add(slot);
    worker.on('message', (m: Message) => {
      if (m.initError) {
        initError ??= toError(m.initError);
        return listener?.ready();
      }
      if (m.ready) {
        slot.ready = true;
        return listener?.ready();
      }
      listener?.message(slot, m);
    });
    const crashed = (message: string) => {
      if (closed || !slots.has(slot)) return;
      slots.delete(slot);
      // one that never started is broken, not unlucky: stop rather than respawn it for every note
      if (!slot.ready) {
        initError ??= new Error(`a worker thread failed to start: ${message}`);
        return listener?.ready();
      }
      listener?.crashed(slot, message);
    };
    worker.on('error', (e) => crashed(e instanceof Error ? e.message : String(e)));
    worker.on('exit', (code) => crashed(`worker exited (${code})`));
    // an early worker that failed before it was taken
    if (failure.message) queueMicrotask(() => crashed(failure.message!));
    return slot;
  };
  for (let i = 1; i < jobs; i++) spawn();

  const close = async () => {
    if (closed) return;
    closed = true;
    listener = undefined;
    await Promise.all([...slots].map((s) => s.worker?.terminate()));
  };

  /** one task in this thread, after a turn of the event loop so worker messages are handled between notes */
  const runLocal = (id: number, task: unknown) =>
    setImmediate(async () => {
      let m: Message;
      try {
        const { result } = await localHandle!(task as never);
        m = { id, ok: true, result };
      } catch (e) {
        m = { id, ok: false, error: { message: e instanceof Error ? e.message : String(e) } };
      }
      listener?.message(local, m);
    });

  const run = <T, R>(tasks: readonly T[], onResult: ResultHandler<R>, signal?: AbortSignal) =>
    new Promise<{ aborted: boolean }>((resolve, reject) => {
      if (signal?.aborted || tasks.length === 0) return void close().then(() => resolve({ aborted: !!signal?.aborted }));
      if (slots.size === 0) spawn(); // every worker died while waiting
      // fewer tasks than threads: the spare workers go
      for (const s of [...slots].filter((x) => x.worker).slice(Math.max(0, tasks.length - 1))) {
        slots.delete(s);
        void s.worker!.terminate();
      }
      const handling = new Set<Promise<void>>();
      let next = 0;
      let finished = false;
      let restarts = 0;

      const finish = async (err?: unknown) => {
        if (finished) return;
        finished = true;
        signal?.removeEventListener('abort', onAbort);
        await close();
        await Promise.allSettled([...handling]);
        if (err) reject(err);
        else resolve({ aborted: !!signal?.aborted });
      };
      const onAbort = () => void finish();

      const handle = (slot: Slot, id: number, outcome: Outcome<R>) => {
        if (finished) return;
        const p = (async () => {
          try {
            await onResult(id, outcome);
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
        if (initError) return void finish(initError);
        if (signal?.aborted) return void finish();
        for (const s of slots) {
          // this thread holds one note at a time; a worker gets the next while it sends a result back
          while (s.ready && s.inflight.size < (s.worker ? DEPTH : 1) && next < tasks.length) {
            const id = next++;
            s.inflight.add(id);
            if (s.worker) s.worker.postMessage({ id, task: tasks[id] });
            else runLocal(id, tasks[id]);
          }
        }
        if (next >= tasks.length && [...slots].every((s) => s.inflight.size === 0) && handling.size === 0) void finish();
      };

      listener = {
        ready: pump,
        message: (slot, m) => handle(slot, m.id, m.ok ? { ok: true, result: m.result as R } : { ok: false, error: m.error?.message ?? 'worker error' }),
        // a crashed worker fails only the notes it held; a fresh one takes over
        crashed: (slot, message) => {
          for (const id of slot.inflight) handle(slot, id, { ok: false, error: message });
          if (next < tasks.length && restarts++ < tasks.length) spawn();
          pump();
        },
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      pump();
    });

  return { run, close };
}
