export * from './check-digit.js';
export * from './codes.js';
export * from './epcis.js';
export * from './operator-ref.js';
