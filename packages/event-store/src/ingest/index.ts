export { type ScanAck, type ScanIngest, type ScannerSource, type ScanOrigin } from './scanner-source.js';
export { HandlerScanIngest } from './handler-scan-ingest.js';
