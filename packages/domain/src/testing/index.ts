export * from './decider-spec.js';
export * from './stored-events.js';
export * from './sample-scan.js';
