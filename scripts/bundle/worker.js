// Entry of a batch worker thread of the bundled CLI: the same bundle and code cache as bin/.
import { parentPort } from 'node:worker_threads';
import { loadBundle } from './load.js';

loadBundle().exports.serveWorker(parentPort);
