#!/usr/bin/env node
// Entry point: run the bundled CLI (npm run build) and exit with its code. Never shows a stack trace.
import v8 from 'node:v8';

// A run is short: V8's optimizing compiler spent more time inlining than the inlined code saved
// (npm run bench: ~10% less CPU a note with smaller inlining). Set before any of our code loads;
// V8's flags are per process, so the batch workers get it too.
v8.setFlagsFromString('--max-inlined-bytecode-size=60');
const { main } = await import('../dist/bundle/cli.js');

// a closed pipe (`bienban --help | head`) is not an error
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
}

const io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd(), env: process.env };
main(process.argv, io).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`bienban: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
