import { IsCount, IsIdentifier, IsInstant } from './validators/fields.js';

export class CompleteTask {
  @IsIdentifier()
  taskId!: string;

  @IsCount(0)
  unitsDone!: number;

  @IsInstant()
  at!: string;
}
