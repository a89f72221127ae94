import { IsOptional, IsUUID } from 'class-validator';
import { type BizStep } from '../gs1/epcis.js';
import { type Gs1Code } from '../gs1/codes.js';
import { type OperatorRef } from '../gs1/operator-ref.js';
import { IsGs1Code } from './validators/is-gs1-code.js';
import { IsBizStep, IsIdentifier, IsInstant, IsOperatorRef } from './validators/fields.js';

// Versions 1-8 only: the nil and max UUIDs would collide, and scanId is the dedupe key.
const scanIdVersions = ['1', '2', '3', '4', '5', '6', '7', '8'] as const;

/** One read of a handheld scanner. The operator pseudonym is optional and never reaches `package-*`. */
export class RecordScan {
  @IsUUID([...scanIdVersions], { message: 'scanId must be a UUID (got "$value")' })
  scanId!: string;

  @IsIdentifier()
  deviceId!: string;

  @IsGs1Code()
  code!: Gs1Code;

  @IsBizStep()
  bizStep!: BizStep;

  /** The station where the scan was read, e.g. `stow-03`. */
  @IsIdentifier()
  readPoint!: string;

  /** Where the item is after the scan: a bin, dock or station. */
  @IsIdentifier()
  bizLocation!: string;

  @IsInstant()
  occurredAt!: string;

  @IsOptional()
  @IsOperatorRef()
  operator?: OperatorRef;

  @IsOptional()
  @IsIdentifier()
  taskId?: string;
}
