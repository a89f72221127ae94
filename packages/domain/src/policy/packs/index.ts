import { type Rule } from '../finding.js';
import { type Jurisdiction, type Register } from '../register.js';
import { frCnil2023 } from './fr-cnil-2023.js';
import { usCaAb701 } from './us-ca-ab701.js';

export interface RulePack {
  readonly id: string;
  readonly title: string;
  readonly rules: readonly Rule[];
}

export const rulePacks: readonly RulePack[] = [frCnil2023, usCaAb701];

export const rulePackIds: readonly string[] = rulePacks.map((pack) => pack.id);

/** The packs a register is checked against when none are named. */
export const packsByJurisdiction: Readonly<Record<Jurisdiction, readonly string[]>> = {
  FR: [frCnil2023.id],
  'US-CA': [usCaAb701.id],
};

export const defaultPackIds = (register: Register): readonly string[] => packsByJurisdiction[register.jurisdiction];

export class UnknownRulePackError extends Error {
  constructor(readonly packId: string) {
    super(`unknown rule pack "${packId}" (known: ${rulePackIds.join(', ')})`);
    this.name = 'UnknownRulePackError';
  }
}

export function rulePack(id: string): RulePack {
  const pack = rulePacks.find((candidate) => candidate.id === id);
  if (pack === undefined) throw new UnknownRulePackError(id);
  return pack;
}
