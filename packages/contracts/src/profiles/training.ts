import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

export const LIST_TRAINING_MODULES = 'rpc.profiles.training.list.v1';
export const GET_TRAINING_MODULE = 'rpc.profiles.training.get.v1';
export const SUBMIT_TRAINING_ATTEMPT = 'rpc.profiles.training.submit-attempt.v1';

export const TRAINING_ID_PATTERN = /^[a-z][a-z0-9-]{1,59}$/;

/** Where a person stands on one module. `expired`: passed once, no longer valid. */
export const TRAINING_STATES = ['not-started', 'passed', 'expired'] as const;
export type TrainingState = (typeof TRAINING_STATES)[number];

export class TrainingChoiceView {
  @IsString() id!: string;
  @IsString() labelFr!: string;
  @IsString() labelEn!: string;
}

/** A quiz question as the client sees it: never the correct answer. */
export class TrainingQuestionView {
  @IsString() id!: string;
  @IsString() promptFr!: string;
  @IsString() promptEn!: string;
  @ValidateNested({ each: true }) @Type(() => TrainingChoiceView) choices!: TrainingChoiceView[];
}

/** A module and where the caller stands on it. */
export class TrainingModuleSummary {
  @IsString() id!: string;
  @IsInt() position!: number;
  @IsString() titleFr!: string;
  @IsString() titleEn!: string;
  @IsString() summaryFr!: string;
  @IsString() summaryEn!: string;
  @IsInt() questionCount!: number;
  /** Least share of right answers to pass, in percent. */
  @IsInt() @Min(1) @Max(100) passMarkPercent!: number;
  @Matches(/^(not-started|passed|expired)$/) state!: TrainingState;
  @IsOptional() @IsISO8601() passedAt!: string | null;
  @IsOptional() @IsISO8601() validUntil!: string | null;
}

export class TrainingModuleList {
  @ValidateNested({ each: true }) @Type(() => TrainingModuleSummary) items!: TrainingModuleSummary[];
  /** Every module passed and still valid. */
  @IsBoolean() complete!: boolean;
  /** How long a pass stays valid. */
  @IsInt() validityMonths!: number;
}

export class TrainingModuleView extends TrainingModuleSummary {
  @IsString() contentFr!: string;
  @IsString() contentEn!: string;
  @ValidateNested({ each: true }) @Type(() => TrainingQuestionView) questions!: TrainingQuestionView[];
}

export class TrainingModuleRef {
  @Matches(TRAINING_ID_PATTERN, { message: 'moduleId is not a training module id' }) moduleId!: string;
}

export class QuizAnswer {
  @IsString() @MaxLength(60) questionId!: string;
  @IsString() @MaxLength(60) choiceId!: string;
}

/** One answer per question of the quiz. */
export class TrainingAttemptBody {
  @ValidateNested({ each: true })
  @Type(() => QuizAnswer)
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  answers!: QuizAnswer[];
}

export class SubmitTrainingAttemptRequest extends TrainingAttemptBody {
  @Matches(TRAINING_ID_PATTERN, { message: 'moduleId is not a training module id' }) moduleId!: string;
}

/** The right answer of a question, shown only once the module is passed. */
export class QuizCorrection {
  @IsString() questionId!: string;
  @IsString() correctChoiceId!: string;
}

export class TrainingAttemptResult {
  @IsString() moduleId!: string;
  @IsInt() correctAnswers!: number;
  @IsInt() questionCount!: number;
  @IsInt() passMarkPercent!: number;
  @IsBoolean() passed!: boolean;
  /** True when the module was already passed and still valid: nothing was scored or changed. */
  @IsBoolean() alreadyPassed!: boolean;
  @IsOptional() @IsISO8601() passedAt!: string | null;
  @IsOptional() @IsISO8601() validUntil!: string | null;
  /** Only once passed. */
  @ValidateNested({ each: true }) @Type(() => QuizCorrection) corrections!: QuizCorrection[];
}
