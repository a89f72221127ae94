import Fastify, { type FastifyInstance } from 'fastify';
import { type ScanIngest, type ScannerSource } from '@fairscan/event-store';
import { type DeviceAuthenticator } from './devices/device-directory.js';
import { drainAndClose } from './http/drain-and-close.js';
import { type IngestLimits } from './http/limits.js';
import { serveOpenApi } from './http/openapi.js';
import { probeRoutes } from './http/probes.js';
import { scanRoutes } from './http/scan-routes.js';

export interface HttpScannerSourceOptions {
  readonly devices: DeviceAuthenticator;
  /** 0 picks a free port once; a restart keeps the port it got, so devices find it again. */
  readonly port?: number;
  readonly host?: string;
  readonly limits?: Partial<IngestLimits>;
  /** Whether the store answers; `/ready` says not-ready with this reason. */
  readonly storeProblem?: () => Promise<string | undefined>;
  /** Request log lines on stdout (pino); off by default, they cost throughput. */
  readonly logger?: boolean;
}

/**
 * The HTTP scanner source: a fastify server with the scan routes, probes
 * and the OpenAPI document. `stop` refuses new requests (503), lets every
 * request in flight finish and be stored, then closes.
 */
export class HttpScannerSource implements ScannerSource {
  readonly kind = 'http';
  private app: FastifyInstance | undefined;
  private stopping = false;
  private port: number;

  constructor(private readonly options: HttpScannerSourceOptions) {
    this.port = options.port ?? 0;
  }

  /** Where devices post, once started, e.g. `http://127.0.0.1:8080`. */
  get url(): string {
    return `http://${this.host.includes(':') ? `[${this.host}]` : this.host}:${this.port}`;
  }

  async start(ingest: ScanIngest): Promise<void> {
    if (this.app !== undefined) throw new Error('the HTTP scanner source is already started');
    const app = Fastify({ logger: this.options.logger ?? false, return503OnClosing: true });
    serveOpenApi(app, { title: 'fairscan scan ingest', version: '1' });
    await app.register(probeRoutes, { notReadyBecause: () => this.notReadyBecause() });
    await app.register(scanRoutes, { ingest, devices: this.options.devices, limits: this.options.limits });
    await app.listen({ port: this.port, host: this.host }).catch(async (error: unknown) => {
      await app.close();
      throw error;
    });
    const address = app.server.address();
    if (address !== null && typeof address === 'object') this.port = address.port;
    this.stopping = false;
    this.app = app;
  }

  async stop(): Promise<void> {
    const app = this.app;
    if (app === undefined) return;
    this.stopping = true;
    try {
      await drainAndClose(app);
    } finally {
      this.app = undefined;
    }
  }

  private get host(): string {
    return this.options.host ?? '127.0.0.1';
  }

  private async notReadyBecause(): Promise<string | undefined> {
    if (this.stopping) return 'shutting down';
    return this.options.storeProblem?.();
  }
}
