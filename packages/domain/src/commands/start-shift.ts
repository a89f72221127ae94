import { ShiftMoment } from './shift-moment.js';

export class StartShift extends ShiftMoment {}
