export * from './report-definition.js';
export * from './catalogue.js';
export * from './run-reports.js';
export { stationsReport } from './stations-report.js';
export { packagesReport } from './packages-report.js';
export { stockReport } from './stock-report.js';
export { tasksReport } from './tasks-report.js';
export { breaksReport } from './breaks-report.js';
