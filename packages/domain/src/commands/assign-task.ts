import { type OperatorRef } from '../gs1/operator-ref.js';
import { IsIdentifier, IsInstant, IsOperatorRef } from './validators/fields.js';

export class AssignTask {
  @IsIdentifier()
  taskId!: string;

  @IsOperatorRef()
  operator!: OperatorRef;

  @IsInstant()
  at!: string;
}
