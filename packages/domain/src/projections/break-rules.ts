/** A break rule of a labour code, as data, so that another country's rule is another value. */
export interface BreakRule {
  /** The row of cnil-findings.md the rule comes from. */
  readonly reference: string;
  /** Work time after which a break is owed. */
  readonly workMinutesBeforeBreak: number;
  /** The shortest break that counts (consecutive minutes). */
  readonly minBreakMinutes: number;
  /** How long before the break is owed the status turns `due-soon`. */
  readonly dueSoonMinutes: number;
}

/**
 * FR-L3121-16 (Code du travail L3121-16): once daily work reaches six hours,
 * the worker gets a break of at least twenty consecutive minutes.
 */
export const frBreakRule: BreakRule = {
  reference: 'FR-L3121-16',
  workMinutesBeforeBreak: 6 * 60,
  minBreakMinutes: 20,
  dueSoonMinutes: 30,
};
