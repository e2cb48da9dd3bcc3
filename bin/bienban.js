#!/usr/bin/env node
// Entry point: run the bundled CLI (npm run build) and exit with its code. Never shows a stack trace.

// a closed pipe (`bienban --help | head`) is not an error
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
}

const io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd(), env: process.env };
// help and version need little of the bundle compiled
const args = process.argv.slice(2);
const light = args.length === 0 || args[0] === 'help' || args.some((a) => a === '-h' || a === '--help' || a === '-v' || a === '--version');
let main;
try {
  ({ main } = (await import('../dist/bundle/load.js')).loadBundle({ main: true, light }).exports);
} catch (e) {
  process.stderr.write(`bienban: cannot load dist/bundle (run \`npm run build\`): ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(2);
}
main(process.argv, io).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`bienban: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
