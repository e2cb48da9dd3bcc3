// What the bundled CLI (dist/bundle/bienban.cjs) exports: the command line for bin/, and the
// worker side of a batch for the bundle's worker.js. One file, so one code cache serves both;
// the worker's modules are imported on use, so that `--help` does not evaluate them.
import type { MessagePort } from 'node:worker_threads';

export { main } from './main.js';

export async function serveWorker(port: MessagePort): Promise<void> {
  (await import('../batch/serve.js')).serveWorker(port);
}
