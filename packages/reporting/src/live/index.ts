export { decodeState, encodeState } from './state-codec.js';
export { findLiveView, generationKey, type LiveView, liveViewNames, liveViews } from './live-views.js';
export { LiveProjection, type LiveProjectionOptions } from './live-projection.js';
export { LiveProjections, type LiveProjectionsOptions } from './live-projections.js';
export { yieldingStore } from './yielding-store.js';
export { projectionStatus, type ProjectionStatus, rebuildProjection, type Rebuilt } from './projection-status.js';
