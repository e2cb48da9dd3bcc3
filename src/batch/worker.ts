// Worker thread entry of the compiled library (dist/batch/worker.js); the bundled CLI has its own.
import { parentPort } from 'node:worker_threads';
import { serveWorker } from './serve.js';

serveWorker(parentPort!);
