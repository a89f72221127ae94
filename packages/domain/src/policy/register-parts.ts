import { IsArray, IsOptional } from 'class-validator';
import { IsCalendarDate, IsEachOneOf, IsText, IsWholeNumber } from './validators.js';

export const workerCategories = ['permanent', 'temporary'] as const;
export type WorkerCategory = (typeof workerCategories)[number];

/** FR-L2312-38: when the works council (CSE) was consulted on the indicators. */
export class Consultation {
  @IsOptional()
  @IsCalendarDate()
  worksCouncil?: string | null;
}

/** CNIL-INFO: the information notice, and which workers received it. */
export class Notice {
  @IsText()
  version!: string;

  @IsArray({ message: 'must be a list of worker categories' })
  @IsEachOneOf(workerCategories)
  givenTo!: WorkerCategory[];
}

/** Days each stream category of design.md is kept (attribution-, task-, shift-, aggregate-). */
export class RetentionByCategory {
  @IsWholeNumber(1)
  attribution!: number;

  @IsWholeNumber(1)
  task!: number;

  @IsWholeNumber(1)
  shift!: number;

  @IsWholeNumber(1)
  aggregate!: number;
}
