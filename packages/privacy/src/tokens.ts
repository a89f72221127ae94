/**
 * DI tokens of the privacy ports, bound by the app from config. `Symbol.for`
 * so two copies of this package still agree (as `TOKENS` of event-store).
 */
export const PRIVACY_TOKENS = {
  KeyVault: Symbol.for('fairscan.KeyVault'),
} as const;
