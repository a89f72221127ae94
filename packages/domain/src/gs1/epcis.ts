/**
 * EPCIS 2.0 business steps fairscan records (CBV 2.0 bare-string form).
 * `storing` is CBV's word for what the floor calls stowing.
 */
export const bizSteps = ['receiving', 'storing', 'picking', 'packing', 'shipping', 'cycle_counting'] as const;
export type BizStep = (typeof bizSteps)[number];

export const isBizStep = (value: unknown): value is BizStep =>
  typeof value === 'string' && (bizSteps as readonly string[]).includes(value);

/** The CBV URI of a business step, as EPCIS exports write it. */
export const bizStepUri = (step: BizStep): string => `urn:epcglobal:cbv:bizstep:${step}`;
