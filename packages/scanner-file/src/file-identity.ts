import { createHash } from 'node:crypto';
import { open, stat } from 'node:fs/promises';

/**
 * Which file a checkpoint belongs to: its size and the hash of its first
 * 64 KiB, so a renamed copy resumes and a different file starts over.
 */
export async function fileIdentity(path: string): Promise<string> {
  const { size } = await stat(path);
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(Math.min(size, 64 * 1024));
    await handle.read(head, 0, head.length, 0);
    return `${size}-${createHash('sha256').update(head).digest('hex').slice(0, 16)}`;
  } finally {
    await handle.close();
  }
}
