import { IsIn } from 'class-validator';
import { type RetentionCategory } from '../events/policy-events.js';
import { IsCount, IsInstant, IsReason } from './validators/fields.js';

export const retentionCategories: readonly RetentionCategory[] = [
  'package',
  'location',
  'task',
  'attribution',
  'shift',
  'aggregate',
  'audit',
];

export class SetRetentionPolicy {
  @IsIn([...retentionCategories], { message: `category must be one of ${retentionCategories.join(', ')} (got "$value")` })
  category!: RetentionCategory;

  /** At most ten years: a longer "retention" is no retention at all. */
  @IsCount(1, 3650)
  days!: number;

  @IsReason()
  reason!: string;

  @IsInstant()
  at!: string;
}
