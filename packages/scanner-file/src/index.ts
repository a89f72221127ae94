export { importFile, type ImportFileOptions, type ImportProgress, type ImportSummary } from './import-file.js';
export { InboxScannerSource, type InboxScannerSourceOptions } from './inbox-scanner-source.js';
export { type ColumnMapping, type FileFormat, type FileRecord, formatOf, parseMapping } from './file-records.js';
export { type FileRejection } from './rejection-report.js';
