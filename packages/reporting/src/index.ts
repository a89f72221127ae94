export * from './render/index.js';
export * from './reports/index.js';
export * from './policy/active-register.js';
export * from './export/index.js';
export * from './replay/index.js';
export * from './compliance/index.js';
