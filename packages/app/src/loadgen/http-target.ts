import { setTimeout as sleep } from 'node:timers/promises';
import { allAccepted, type LoadTarget, type UnitAcks } from './load-target.js';

export interface HttpTargetOptions {
  /** Base URL of the HTTP ingest, e.g. http://127.0.0.1:8080. */
  readonly url: string;
  /** A device token (`fairscan device add`), sent as `Authorization: Bearer`. */
  readonly token: string;
  /** Scans per request: 1 posts `/v1/scans`, more posts NDJSON to `/v1/scans/batch`. */
  readonly batch: number;
}

interface BatchAnswer {
  readonly accepted: number;
  readonly duplicate: number;
  readonly rejected: number;
}

const singleStatus: Record<number, keyof Omit<UnitAcks, 'retries'>> = { 202: 'accepted', 200: 'duplicate', 422: 'rejected' };

/** Acknowledged by the HTTP answer, sent only once the scans are stored; 429 and 503 are waited out (`Retry-After`) and resent. */
export class HttpTarget implements LoadTarget {
  readonly acknowledgedBy = 'the HTTP answer (sent once stored)';

  constructor(private readonly options: HttpTargetOptions) {}

  async send(scans: readonly Record<string, unknown>[]): Promise<UnitAcks> {
    const single = this.options.batch === 1 && scans.length === 1;
    const path = single ? '/v1/scans' : '/v1/scans/batch';
    const body = single ? JSON.stringify(scans[0]) : scans.map((scan) => JSON.stringify(scan)).join('\n');
    const contentType = single ? 'application/json' : 'application/x-ndjson';
    for (let retries = 0; ; retries++) {
      const response = await fetch(new URL(path, this.options.url), {
        method: 'POST',
        headers: { authorization: `Bearer ${this.options.token}`, 'content-type': contentType },
        body,
      });
      if (response.status === 429 || response.status === 503) {
        await response.arrayBuffer();
        await sleep(1000 * Math.min(Number(response.headers.get('retry-after') ?? 1), 5));
        continue;
      }
      return { ...(await this.acksOf(response, single, scans.length)), retries };
    }
  }

  private async acksOf(response: Response, single: boolean, count: number): Promise<Omit<UnitAcks, 'retries'>> {
    const status = singleStatus[response.status];
    if (single && status !== undefined) {
      await response.arrayBuffer();
      return { ...allAccepted(0), [status]: count };
    }
    if (!single && response.status === 200) {
      const answer = (await response.json()) as BatchAnswer;
      return { accepted: answer.accepted, duplicate: answer.duplicate, rejected: answer.rejected };
    }
    throw new Error(`${response.url}: HTTP ${response.status}: ${(await response.text()).slice(0, 300)}`);
  }

  async close(): Promise<void> {}
}
