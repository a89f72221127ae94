import { parentPort, workerData } from 'node:worker_threads';
import { EmulatedEventStoreDb, type EmulatedEventStoreDbOptions } from './emulated-eventstoredb.js';

/** The worker side of `EmulatedEventStoreDb.startInWorker`: serve until told to stop. */
const server = await EmulatedEventStoreDb.start(workerData as Omit<EmulatedEventStoreDbOptions, 'clock'>);
parentPort?.on('message', (message: unknown) => {
  if (message !== 'stop') return;
  void server.stop().then(() => parentPort?.postMessage('stopped'));
});
parentPort?.postMessage({ port: server.port });
