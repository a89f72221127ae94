import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { type Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';

const gzipMagic = [0x1f, 0x8b];

/** True when the file starts with gzip's magic bytes, whatever its name says. */
export async function isGzip(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(2);
    const { bytesRead } = await handle.read(head, 0, 2, 0);
    return bytesRead === 2 && head[0] === gzipMagic[0] && head[1] === gzipMagic[1];
  } finally {
    await handle.close();
  }
}

export interface OpenedText {
  readonly text: Readable;
  /** Bytes of the file read so far (compressed bytes for gzip): progress against the file's size. */
  bytesRead(): number;
}

/** The file's text as a stream, gunzipped when it is gzip: memory stays flat however large the file. */
export async function openText(path: string): Promise<OpenedText> {
  const raw = createReadStream(path, { highWaterMark: 256 * 1024 });
  const text = (await isGzip(path)) ? raw.pipe(createGunzip()) : raw;
  return { text, bytesRead: () => raw.bytesRead };
}
