import { Metadata, status, type ServiceError } from '@grpc/grpc-js';

/**
 * An error as EventStoreDB sends it: a gRPC status plus an `exception`
 * trailer the client maps to its typed errors (`stream-deleted`,
 * `maximum-append-size-exceeded`, ...).
 */
export function serverError(exception: string, code: status, details: string, extra: Record<string, string> = {}): ServiceError {
  const metadata = new Metadata();
  metadata.set('exception', exception);
  for (const [key, value] of Object.entries(extra)) metadata.set(key, value);
  return Object.assign(new Error(details), { code, details, metadata });
}

export const streamDeleted = (streamName: string): ServiceError =>
  serverError('stream-deleted', status.FAILED_PRECONDITION, `Event stream '${streamName}' is deleted.`, { 'stream-name': streamName });

export const unsupported = (what: string): ServiceError =>
  serverError('unsupported', status.UNIMPLEMENTED, `the in-process EventStoreDB emulator does not implement ${what}`);
