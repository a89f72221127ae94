import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import { type EmulatedEventStoreDbOptions } from './emulated-eventstoredb.js';

/** An emulator on its own thread: what the client does is measured apart from what the server does. */
export interface WorkerEventStoreDb {
  readonly port: number;
  readonly connectionString: string;
  stop(): Promise<void>;
}

/**
 * Starts the emulator in a worker thread, as a real server runs in a process
 * of its own: the client's heap (the conformance kit's flat-memory checks
 * read it) then holds only what the adapter holds, and the server gets the
 * other core. No clock option: a function cannot cross threads.
 */
export async function startInWorker(options: Omit<EmulatedEventStoreDbOptions, 'clock'> = {}): Promise<WorkerEventStoreDb> {
  const worker = new Worker(new URL('./emulator-worker.js', import.meta.url), { workerData: options });
  const [ready] = (await once(worker, 'message')) as [{ port: number }];
  return {
    port: ready.port,
    connectionString: `esdb://127.0.0.1:${ready.port}?tls=false`,
    async stop() {
      worker.postMessage('stop');
      await once(worker, 'message');
      await worker.terminate();
    },
  };
}
