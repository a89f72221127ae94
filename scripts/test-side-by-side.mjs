#!/usr/bin/env node
// Runs test suites at once, one mocha process each (`npm run test:<suite>`), and prints each
// suite's output whole as it ends, so the reports do not interleave. Most of the integration
// and end-to-end suites wait on PostgreSQL, Mosquitto, fsync or a child process rather than the
// CPU, so on CI's two cores running them side by side keeps `npm test` under ~15 minutes.
// Exits non-zero when any suite fails.
import { spawn } from 'node:child_process';

const suites = process.argv.slice(2);
const outputs = new Map();

function run(suite) {
  return new Promise((resolve) => {
    const chunks = [];
    outputs.set(suite, chunks);
    const child = spawn('npm', ['run', '--silent', `test:${suite}`], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk) => chunks.push(chunk));
    child.stderr.on('data', (chunk) => chunks.push(chunk));
    child.on('error', (error) => chunks.push(Buffer.from(`${error.message}\n`)));
    child.on('close', (code, signal) => {
      if (code !== 0) chunks.push(Buffer.from(`test:${suite} ended with ${signal ?? `exit code ${code}`}\n`));
      flush(suite);
      resolve(code ?? 1);
    });
  });
}

function flush(suite) {
  const chunks = outputs.get(suite);
  if (chunks === undefined) return;
  outputs.delete(suite);
  process.stdout.write(Buffer.concat(chunks));
}

// Stopped from outside (CI's time limit, Ctrl-C): show what each suite printed so far.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const suite of [...outputs.keys()]) flush(suite);
    process.exit(1);
  });
}

const codes = await Promise.all(suites.map(run));
process.exitCode = codes.some((code) => code !== 0) ? 1 : 0;
