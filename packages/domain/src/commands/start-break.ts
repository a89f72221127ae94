import { BreakMoment } from './shift-moment.js';

/** A declared break begins (worker, schedule or badge); see BreakMoment for why there is no reason field. */
export class StartBreak extends BreakMoment {}
