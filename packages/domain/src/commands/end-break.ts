import { BreakMoment } from './shift-moment.js';

/** A declared break ends; like StartBreak, it carries no justification (CNIL-IDLE). */
export class EndBreak extends BreakMoment {}
