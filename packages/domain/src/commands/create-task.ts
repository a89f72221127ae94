import { type BizStep } from '../gs1/epcis.js';
import { IsBizStep, IsCount, IsIdentifier, IsInstant } from './validators/fields.js';

export class CreateTask {
  @IsIdentifier()
  taskId!: string;

  @IsBizStep()
  bizStep!: BizStep;

  @IsIdentifier()
  station!: string;

  @IsCount(1)
  units!: number;

  @IsInstant()
  at!: string;
}
