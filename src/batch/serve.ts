// What a worker thread does: builds the task handler (one renderer, one PDF engine per worker)
// from the first message, then answers {id, task} messages one at a time, in order. Its entry
// is worker.ts (compiled) or the bundle's worker.js.
import type { MessagePort } from 'node:worker_threads';
import { createTaskHandler, type TaskInit } from './tasks.js';

function errorInfo(e: unknown): { message: string; code?: string; hint?: string } {
  const err = e as { message?: unknown; code?: unknown; hint?: unknown };
  return {
    message: e instanceof Error ? e.message : String(e),
    ...(typeof err?.code === 'string' ? { code: err.code } : {}),
    ...(typeof err?.hint === 'string' ? { hint: err.hint } : {}),
  };
}

export function serveWorker(port: MessagePort): void {
  // the setup comes as the first message: a worker may be started before its command knows it
  port.once('message', (first: { init: TaskInit }) => {
    createTaskHandler(first.init).then(
      (handle) => {
        // one task at a time: the PDF engine's compiler is not re-entrant
        let chain: Promise<void> = Promise.resolve();
        port.on('message', (m: { id: number; task: Parameters<typeof handle>[0] }) => {
          chain = chain.then(async () => {
            try {
              const { result, transfer } = await handle(m.task);
              try {
                port.postMessage({ id: m.id, ok: true, result }, transfer);
              } catch {
                // some engine buffers (external memory) cannot be transferred: copy instead
                port.postMessage({ id: m.id, ok: true, result });
              }
            } catch (e) {
              port.postMessage({ id: m.id, ok: false, error: errorInfo(e) });
            }
          });
        });
        port.postMessage({ ready: true });
      },
      (e) => port.postMessage({ initError: errorInfo(e) }),
    );
  });
}
