import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';

/** All of stdin, up to the first line break: `echo "$PASSWORD" | fairscan accounts set-password …`. */
async function firstLineOfStdin(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) {
    text += String(chunk);
    if (text.includes('\n')) break;
  }
  return text.split(/\r?\n/)[0] ?? '';
}

/** Asks on the terminal without echoing what is typed. */
function prompt(question: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      if (!muted) process.stderr.write(chunk);
      done();
    },
  });
  const reader = createInterface({ input: process.stdin, output, terminal: true });
  return new Promise((resolve) => {
    reader.question(question, (answer) => {
      reader.close();
      process.stderr.write('\n');
      resolve(answer);
    });
    muted = true;
  });
}

/** A secret from a prompt (typed twice) or from piped stdin; never from the command line, where `ps` and shell history see it. */
export async function readSecret(what: string): Promise<string> {
  if (!process.stdin.isTTY) return firstLineOfStdin();
  const first = await prompt(`${what}: `);
  const again = await prompt(`${what} again: `);
  if (first !== again) throw new Error(`${what}: the two entries differ; nothing was changed`);
  return first;
}
