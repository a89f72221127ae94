/** The indicator register and the policy engine: pure, class-validator only. */
export * from './iso-duration.js';
export * from './measures.js';
export * from './rules.js';
export * from './register.js';
export * from './register-parts.js';
export * from './indicator.js';
export * from './override.js';
export { type RegisterError } from './register-error.js';
export * from './parse-register.js';
export * from './finding.js';
export { isQuota, minimumGroupSize, overridesOf, readsAsIndividual, windowSeconds } from './indicator-reading.js';
export * from './packs/index.js';
export { frCnil2023 } from './packs/fr-cnil-2023.js';
export { usCaAb701 } from './packs/us-ca-ab701.js';
export * from './evaluate-register.js';
export * from './activation-decision.js';
export * from './render-findings.js';
export * from './digest.js';
