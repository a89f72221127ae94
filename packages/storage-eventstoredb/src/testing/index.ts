export { EmulatedEventStoreDb, type EmulatedEventStoreDbOptions } from './emulated-eventstoredb.js';
export { EmulatedLog, type LogRecord } from './emulated-log.js';
export { startInWorker, type WorkerEventStoreDb } from './worker-server.js';
