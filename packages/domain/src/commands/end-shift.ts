import { ShiftMoment } from './shift-moment.js';

export class EndShift extends ShiftMoment {}
