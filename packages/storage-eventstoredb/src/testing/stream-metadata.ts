/** `$tb` of a soft-deleted stream: long.MaxValue, written as JSON text (it is not a safe integer). */
export const deletedMarker = '9223372036854775807';

/** What the emulator honours of a stream's metadata. */
export interface StreamMetadata {
  readonly $tb?: number;
  readonly $maxAge?: number;
  readonly $maxCount?: number;
  readonly [key: string]: unknown;
}

/** The latest `$metadata` event of each `$$<stream>`, parsed. */
export class StreamMetadataIndex {
  private readonly byStream = new Map<string, StreamMetadata>();

  record(streamName: string, data: Uint8Array): void {
    try {
      this.byStream.set(streamName, JSON.parse(Buffer.from(data).toString('utf8')) as StreamMetadata);
    } catch {
      this.byStream.set(streamName, {});
    }
  }

  of(streamName: string): StreamMetadata {
    return this.byStream.get(streamName) ?? {};
  }

  isSoftDeleted(streamName: string): boolean {
    const tb = this.of(streamName).$tb;
    return tb !== undefined && tb >= Number.MAX_SAFE_INTEGER;
  }

  /** Whether a stream read shows `revision` created at `createdMs` (truncation, max age, max count). */
  isReadable(streamName: string, revision: number, createdMs: number, lastRevision: number, now: number): boolean {
    const { $tb, $maxAge, $maxCount } = this.of(streamName);
    if ($tb !== undefined && revision < $tb) return false;
    if ($maxAge !== undefined && now - createdMs > $maxAge * 1000) return false;
    return $maxCount === undefined || revision > lastRevision - $maxCount;
  }
}
