import { IsOptional } from 'class-validator';
import { type BreakSource } from '../events/shift-events.js';
import { type OperatorRef } from '../gs1/operator-ref.js';
import { IsBreakSource, IsDay, IsInstant, IsOperatorRef } from './validators/fields.js';

/** What every shift and break command says: whose shift, when, and which shift. */
export abstract class ShiftMoment {
  @IsOperatorRef()
  operator!: OperatorRef;

  @IsInstant()
  at!: string;

  /** The day the shift started (night shifts cross midnight); defaults to `dayOf(at)`. */
  @IsOptional()
  @IsDay()
  shiftDate?: string;
}

/**
 * A declared break's start or end. CNIL-IDLE: there is deliberately no
 * justification field; nobody has to explain a break, and breaks are never
 * inferred from inactivity.
 */
export abstract class BreakMoment extends ShiftMoment {
  @IsBreakSource()
  source!: BreakSource;
}
