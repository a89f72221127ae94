import { IsIdentifier, IsInstant, IsReason } from './validators/fields.js';

export class CancelTask {
  @IsIdentifier()
  taskId!: string;

  @IsReason()
  reason!: string;

  @IsInstant()
  at!: string;
}
