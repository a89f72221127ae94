import { type ReportedRejection } from '@fairscan/event-store/scanner-conformance';

/** A result line or a single-scan answer, as the server sends it. */
interface Answered {
  readonly status: string;
  readonly scanId?: string;
  readonly errors?: ReadonlyArray<{ readonly field: string }>;
  readonly message?: string;
}

/** A handheld talking to the server over real HTTP (fetch), keeping every refusal it hears. */
export class HttpDevice {
  readonly refused: ReportedRejection[] = [];

  constructor(
    private readonly baseUrl: () => string,
    private readonly token: string,
  ) {}

  /** POST /v1/scans; returns the status code. */
  async sendOne(record: unknown): Promise<number> {
    const response = await this.post('/v1/scans', 'application/json', JSON.stringify(record));
    if (response.status === 202 || response.status === 200 || response.status === 422) this.hear([(await response.json()) as Answered]);
    return response.status;
  }

  /** POST /v1/scans/batch with `lines` as the NDJSON body; returns the status code. */
  async sendLines(lines: readonly string[]): Promise<number> {
    const response = await this.post('/v1/scans/batch', 'application/x-ndjson', `${lines.join('\n')}\n`);
    if (response.status === 200) this.hear(((await response.json()) as { results: Answered[] }).results);
    return response.status;
  }

  post(path: string, contentType: string, body: string): Promise<Response> {
    return fetch(`${this.baseUrl()}${path}`, { method: 'POST', headers: { 'content-type': contentType, authorization: `Bearer ${this.token}` }, body });
  }

  private hear(answers: readonly Answered[]): void {
    for (const answer of answers) {
      if (answer.status !== 'rejected') continue;
      this.refused.push({ scanId: answer.scanId, fields: (answer.errors ?? []).map((error) => error.field), message: answer.message ?? '' });
    }
  }
}
