/** A UNIQUE index refused a row: an event id already stored, or a stream position taken by another writer. */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'SQLITE_CONSTRAINT_UNIQUE';
}
