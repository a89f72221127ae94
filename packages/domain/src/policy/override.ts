import { IsCalendarDate, IsOneOf, IsText } from './validators.js';
import { ruleIds, type RuleId } from './rules.js';

/**
 * A recorded decision to keep an indicator despite a violation of `rule`:
 * the finding stays in every report, marked overridden, with its justification.
 */
export class Override {
  @IsOneOf(ruleIds)
  rule!: RuleId;

  // Long enough that "approved" or "needed" is not a justification.
  @IsText(20)
  justification!: string;

  @IsText()
  approvedBy!: string;

  @IsCalendarDate()
  date!: string;
}
