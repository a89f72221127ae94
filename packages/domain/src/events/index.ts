export * from './envelope.js';
export * from './package-events.js';
export * from './location-events.js';
export * from './attribution-events.js';
export * from './task-events.js';
export * from './shift-events.js';
export * from './policy-events.js';

import type { PackageEvent } from './package-events.js';
import type { LocationEvent } from './location-events.js';
import type { AttributionEvent } from './attribution-events.js';
import type { TaskEvent } from './task-events.js';
import type { ShiftEvent } from './shift-events.js';
import type { PolicyEvent } from './policy-events.js';

export type FairscanEvent = PackageEvent | LocationEvent | AttributionEvent | TaskEvent | ShiftEvent | PolicyEvent;
