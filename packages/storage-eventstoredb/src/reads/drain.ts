/**
 * Reads a client stream to its end. Leaving a read early (break, return)
 * can leave its gRPC call ended but unread, and `client.dispose()` then
 * waits for it forever; so every bounded read is drained, and long reads
 * go page by page (see read-stream.ts).
 */
export async function drain<T>(read: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of read) items.push(item);
  return items;
}
