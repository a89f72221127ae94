import { IsArray, IsObject, IsOptional, Matches, ValidateNested } from 'class-validator';
import { type Indicator } from './indicator.js';
import { type Consultation, type Notice, type RetentionByCategory } from './register-parts.js';
import { IsOneOf } from './validators.js';

/** Jurisdictions with a default rule pack (see `defaultPackIds`). */
export const jurisdictions = ['FR', 'US-CA'] as const;
export type Jurisdiction = (typeof jurisdictions)[number];

/** A site's indicator register: what it measures, for whom, and what it told its workers. */
export class Register {
  // The site ends up in stream names (`policy-<site>`), hence the narrow character set.
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, { message: 'must be 1-64 characters of A-Z a-z 0-9 . _ - (got "$value")' })
  site!: string;

  @IsOneOf(jurisdictions)
  jurisdiction!: Jurisdiction;

  @IsOptional()
  @IsObject({ message: 'must be a mapping' })
  @ValidateNested()
  consultation?: Consultation;

  @IsOptional()
  @IsObject({ message: 'must be a mapping' })
  @ValidateNested()
  notice?: Notice;

  @IsObject({ message: 'must be a mapping of days per stream category' })
  @ValidateNested()
  retention!: RetentionByCategory;

  @IsArray({ message: 'must be a list of indicators' })
  @ValidateNested({ each: true, message: 'must be a mapping' })
  indicators!: Indicator[];
}
