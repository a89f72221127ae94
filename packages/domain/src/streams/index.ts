export * from './stream-names.js';
