import pg from 'pg';

export interface PostgresConnectionOptions {
  /** `postgres://user@host:5432/db`; `?schema=name` puts fairscan's tables in that schema (default `public`). */
  readonly url: string;
  /** Overrides the URL's `schema` parameter. */
  readonly schema?: string;
  /** Connections in the pool (default 10): one writer at a time, the rest for reads. */
  readonly poolSize?: number;
}

export interface PostgresLocation {
  /** The URL pg connects to, without fairscan's own `schema` parameter. */
  readonly connectionString: string;
  readonly schema: string;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Splits fairscan's `schema` parameter off the URL, refusing a name that would need quoting. */
export function locate(options: PostgresConnectionOptions): PostgresLocation {
  const url = new URL(options.url);
  const schema = options.schema ?? url.searchParams.get('schema') ?? 'public';
  url.searchParams.delete('schema');
  if (!SCHEMA_NAME.test(schema)) {
    throw new Error(`postgres store: schema "${schema}" must be 1-63 characters a-z, 0-9 and "_", starting with a letter or "_"`);
  }
  return { connectionString: url.toString(), schema };
}

/** The URL with any password masked, for messages and checkpoint names. */
export function displayUrl(rawUrl: string): string {
  const url = new URL(rawUrl);
  if (url.password !== '') url.password = '***';
  return url.toString();
}

/** A pool whose every connection resolves unqualified table names in the store's schema. */
export function openPool(location: PostgresLocation, poolSize = 10): pg.Pool {
  const pool = new pg.Pool({
    connectionString: location.connectionString,
    max: poolSize,
    options: `-c search_path=${location.schema}`,
    application_name: 'fairscan',
  });
  // An idle connection that dies (server restart) must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  return pool;
}

/** int8 as a JS number (positions are safe integers at the port), every other type as pg parses it. */
export const int8AsNumber: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: string) =>
    oid === 20 ? Number : pg.types.getTypeParser(oid, format as 'text')) as pg.CustomTypesConfig['getTypeParser'],
};
