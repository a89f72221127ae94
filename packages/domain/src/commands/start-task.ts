import { IsIdentifier, IsInstant } from './validators/fields.js';

export class StartTask {
  @IsIdentifier()
  taskId!: string;

  @IsInstant()
  at!: string;
}
