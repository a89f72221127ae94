export * from './config/fairscan-config.js';
export * from './config/load-config.js';
export * from './config/resolve-config.js';
export * from './container/build-container.js';
export * from './container/core-module.js';
export * from './container/memory-store-module.js';
export * from './ingest/ingest-commands.js';
export * from './ingest/simulate-day.js';
export { main, buildProgram } from './cli/main.js';
