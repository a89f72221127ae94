export { lastPosition } from './last-position.js';
export { since } from './since.js';
