export * from './render/index.js';
export * from './reports/index.js';
export * from './policy/active-register.js';
export * from './export/index.js';
export * from './replay/index.js';
export * from './compliance/index.js';
export * from './live/index.js';
export * from './access/personal-read.js';
// The HTTP API and dashboard (fastify) are `@fairscan/reporting/http`: report and export commands never load a web server.
