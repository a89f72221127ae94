import 'reflect-metadata';
import { Equals, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, ValidateIf, ValidateNested } from 'class-validator';

export const storeKinds = ['sqlite', 'memory', 'postgres', 'eventstoredb'] as const;
export type StoreKind = (typeof storeKinds)[number];

export class StoreConfig {
  @IsIn(storeKinds)
  kind: StoreKind = 'sqlite';

  /** SQLite file; relative paths are resolved against the working directory. */
  @IsOptional()
  @IsString()
  path?: string = '.fairscan/fairscan.db';

  /** FULL: an acknowledged scan survives a power cut. NORMAL trades that for speed. */
  @IsOptional()
  @IsIn(['FULL', 'NORMAL'])
  synchronous?: 'FULL' | 'NORMAL' = 'FULL';

  /**
   * The server's connection string, required when kind is postgres or eventstoredb:
   * `postgres://user@host:5432/fairscan?schema=lille_1`, or `esdb://host:2113?tls=false`
   * (`esdb+discover://n1:2113,n2:2113,n3:2113` for a cluster).
   */
  @ValidateIf((store: StoreConfig) => store.kind === 'postgres' || store.kind === 'eventstoredb')
  @Matches(/^(postgres(ql)?|esdb(\+discover)?):\/\/\S+$/, { message: 'url must be a connection string like postgres://user@host:5432/fairscan or esdb://localhost:2113?tls=false' })
  url?: string = undefined;
}

export class IngestConfig {
  /** Commands in flight at once through the command handler (group commit batches them). */
  @IsInt()
  @Min(1)
  @Max(4096)
  concurrency = 64;
}

export class FairscanConfig {
  @Equals(1)
  version = 1;

  /** The site this instance serves: streams are partitioned by it. */
  @Matches(/^[a-z0-9][a-z0-9-]{0,31}$/, { message: 'site must be 1-32 characters a-z, 0-9 and "-", e.g. lille-1' })
  site = 'demo-1';

  @ValidateNested()
  store = new StoreConfig();

  @ValidateNested()
  ingest = new IngestConfig();
}
