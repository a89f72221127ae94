import type pg from 'pg';

/**
 * Stream names under a prefix, a page at a time, by a skip-scan of the
 * (stream_name, stream_position) index: one index probe per stream, however
 * long the stream. `$1` is where the page starts (`>=` on the first page,
 * `>` after it); soft-deleted streams are flagged for the caller to drop.
 */
const namesSql = (startOp: '>=' | '>'): string => `
  WITH RECURSIVE names(name) AS (
    (SELECT stream_name FROM events WHERE stream_name ${startOp} $1 ORDER BY stream_name LIMIT 1)
    UNION ALL
    SELECT (SELECT stream_name FROM events WHERE stream_name > names.name ORDER BY stream_name LIMIT 1)
      FROM names WHERE starts_with(names.name, $2)
  )
  SELECT name, EXISTS (SELECT 1 FROM streams WHERE stream_name = names.name AND deleted)
    FROM names WHERE name IS NOT NULL AND starts_with(name, $2) LIMIT $3`;

const FIRST_PAGE = namesSql('>=');
const NEXT_PAGE = namesSql('>');

/** Lazily lists the names that hold events, `pageSize` per query; `whenOpen` runs before each page. */
export function listStreamNames(pool: pg.Pool, prefix: string, pageSize: number, whenOpen: () => Promise<void>): AsyncIterable<string> {
  return {
    async *[Symbol.asyncIterator]() {
      let [text, start] = [FIRST_PAGE, prefix];
      for (;;) {
        await whenOpen();
        const { rows } = await pool.query<[string, boolean]>({ text, values: [start, prefix, pageSize], rowMode: 'array' });
        for (const [name, softDeleted] of rows) if (!softDeleted) yield name;
        const last = rows.at(-1);
        if (rows.length < pageSize || last === undefined) return;
        [text, start] = [NEXT_PAGE, last[0]];
      }
    },
  };
}
