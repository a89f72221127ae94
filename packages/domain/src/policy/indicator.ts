import { IsArray, IsBoolean, IsNumber, IsOptional, Matches, Min, ValidateNested } from 'class-validator';
import { measureIds, subjects, type MeasureId, type Subject } from './measures.js';
import { type Override } from './override.js';
import { IsEachOneOf, IsIsoDuration, IsOneOf, IsText, IsWholeNumber } from './validators.js';

export const viewers = ['worker', 'team-lead', 'site-manager', 'hr', 'dpo', 'works-council', 'analyst'] as const;
export type Viewer = (typeof viewers)[number];

/** The aims CNIL-OK accepts as legitimate, plus assessment; the means must still be proportionate. */
export const purposes = ['safety', 'quality', 'inventory', 'order-flow', 'coaching', 'reassignment', 'assessment'] as const;
export type Purpose = (typeof purposes)[number];

/** One declared indicator: what it measures, about whom, how finely, who sees it and for how long. */
export class Indicator {
  @Matches(/^[a-z0-9][a-z0-9-]{0,63}$/, { message: 'must be 1-64 characters of a-z 0-9 - (got "$value")' })
  id!: string;

  @IsOptional()
  @IsText()
  description?: string;

  @IsOneOf(measureIds)
  measure!: MeasureId;

  @IsOneOf(subjects)
  subject!: Subject;

  /** ISO-8601 duration the value aggregates over (P1W, P1D, PT1H...). */
  @IsIsoDuration()
  window!: string;

  /** Seconds or a rate that raises a flag; null when the indicator only informs. */
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'must be a number or null (got $value)' })
  @Min(0, { message: 'must not be negative (got $value)' })
  threshold?: number | null;

  @IsArray({ message: 'must be a list of viewers' })
  @IsEachOneOf(viewers)
  visibleTo!: Viewer[];

  @IsOptional()
  @IsBoolean({ message: 'must be true or false' })
  realtime?: boolean;

  @IsWholeNumber(1)
  retentionDays!: number;

  @IsOneOf(purposes)
  purpose!: Purpose;

  @IsOptional()
  @IsBoolean({ message: 'must be true or false' })
  requiresJustification?: boolean;

  /** AGG-K5: team indicators only. */
  @IsOptional()
  @IsWholeNumber(1)
  minGroupSize?: number;

  /** US-QUOTA-DISCLOSE: the threshold was given to the workers in writing. */
  @IsOptional()
  @IsBoolean({ message: 'must be true or false' })
  disclosed?: boolean;

  /** US-QUOTA-BREAKS: meal and rest breaks do not count against the quota. */
  @IsOptional()
  @IsBoolean({ message: 'must be true or false' })
  excludesBreaks?: boolean;

  @IsOptional()
  @ValidateNested({ message: 'must be an override or a list of overrides' })
  override?: Override | Override[];
}
