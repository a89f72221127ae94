export { exportedEvents, type ExportQuery, operationalPrefixes, personalPrefixes } from './export-query.js';
export { exportColumns, type ExportRow, exportRowOf } from './export-row.js';
export { defaultLocationBase, gtinClassUri, type LocationIds, locationUri, ssccUri } from './epcis-identifiers.js';
export { type EpcisOptions, objectEventOf } from './epcis-event.js';
export { epcisContext, epcisDocument } from './epcis-document.js';
export { type ExportFormat, exportFormats, type ExportWriteOptions, isExportFormat, writeExport } from './write-export.js';
