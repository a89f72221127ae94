export * from './render/index.js';
export * from './reports/index.js';
export * from './policy/active-register.js';
export * from './live/index.js';
export * from './access/personal-read.js';
export * from './http/index.js';
