export * from './command-routes.js';
export * from './decider.js';
export * from './register-decider.js';
export * from './retention-policy-decider.js';
export * from './scan-facts.js';
export * from './shift-decider.js';
export * from './task-decider.js';
