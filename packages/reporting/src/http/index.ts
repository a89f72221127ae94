export { buildServer } from './server.js';
export { type RetentionState, type ServerContext } from './context.js';
export { Sessions, type SessionOptions } from './sessions.js';
export { HttpError } from './http-errors.js';
