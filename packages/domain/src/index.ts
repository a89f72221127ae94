/** @fairscan/domain: the pure warehouse domain. No I/O, no Node built-ins; class-validator only. */
export * from './events/index.js';
export * from './gs1/index.js';
export * from './commands/index.js';
export * from './deciders/index.js';
export * from './projections/index.js';
export * from './streams/index.js';
export * from './testing/index.js';
export * from './policy/index.js';
