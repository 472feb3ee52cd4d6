import { Type } from 'class-transformer';
import {
  IsIn,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { WholeNumberIn } from '../common/whole-number.js';
import {
  MENTORING_MODES,
  PROGRAMME_TIMING_LIMITS,
  SCORE_WEIGHT_MAX,
  type MentoringMode,
  type ScoreWeightPart,
} from './matching-codes.js';

/** Any signed-in member: the programmes (to pick one when asking for a mentor, or as staff). */
export const LIST_PROGRAMMES = 'rpc.matching.programme.list.v1';
/** Staff: one programme with its weights and timings. */
export const GET_PROGRAMME = 'rpc.matching.programme.get.v1';
/** Staff: the weights and timings of one programme (audited). */
export const UPDATE_PROGRAMME_SETTINGS = 'rpc.matching.programme.update-settings.v1';

/** A weight of one part: a finite number from 0 to SCORE_WEIGHT_MAX, the message naming the part. */
function Weight(part: ScoreWeightPart): PropertyDecorator {
  const message = { message: `weights.${part} must be a number from 0 to ${SCORE_WEIGHT_MAX}` };
  return (target, key) => {
    IsNumber({ allowNaN: false, allowInfinity: false }, message)(target, key);
    Min(0, message)(target, key);
    Max(SCORE_WEIGHT_MAX, message)(target, key);
  };
}

/** One weight per score part, all of them (at least one above 0: checked by the service, naming `weights`). */
export class ScoreWeights {
  @Weight('skills') skills!: number;
  @Weight('sector') sector!: number;
  @Weight('targetRole') targetRole!: number;
  @Weight('topics') topics!: number;
  @Weight('languages') languages!: number;
  @Weight('timeZone') timeZone!: number;
  @Weight('load') load!: number;
  @Weight('responsiveness') responsiveness!: number;
  @Weight('availability') availability!: number;
}

/** A timing: a whole number within its PROGRAMME_TIMING_LIMITS, the message naming the field and unit. */
const timing = (name: keyof typeof PROGRAMME_TIMING_LIMITS, unit: string): PropertyDecorator =>
  WholeNumberIn(name, PROGRAMME_TIMING_LIMITS[name], unit);

/** A programme as a list shows it. */
export class ProgrammeSummary {
  @IsUUID() id!: string;
  /** Stable short name (`mentorat`, `mentorat-inverse`). */
  @IsString() code!: string;
  @IsIn(MENTORING_MODES) mode!: MentoringMode;
  @IsString() nameFr!: string;
  @IsString() nameEn!: string;
}

export class ProgrammeList {
  @ValidateNested({ each: true }) @Type(() => ProgrammeSummary) items!: ProgrammeSummary[];
}

/** Staff: a programme's settings. */
export class ProgrammeView extends ProgrammeSummary {
  /** The weights in force (the defaults until staff change them). */
  @ValidateNested() @Type(() => ScoreWeights) weights!: ScoreWeights;
  /** True while staff never changed the weights. */
  usesDefaultWeights!: boolean;
  /** Days a mentor has to answer before a request moves to the next choice. */
  @timing('requestExpiryDays', 'days') requestExpiryDays!: number;
  /** Days without a session or message after which a pair is listed as stalled. */
  @timing('stalledAfterDays', 'days') stalledAfterDays!: number;
  /** The agreement's default meeting rhythm. */
  @timing('meetingMinutesPerMonth', 'minutes') meetingMinutesPerMonth!: number;
  /** The agreement's default duration. */
  @timing('durationMonths', 'months') durationMonths!: number;
  @IsISO8601() updatedAt!: string;
}

export class ProgrammeIdParam {
  @IsUUID('all', { message: 'programmeId must be a programme id' }) programmeId!: string;
}

/** What staff may change of a programme; each field left out keeps its value. */
export class ProgrammeSettingsBody {
  @IsOptional() @ValidateNested() @Type(() => ScoreWeights) weights?: ScoreWeights;
  @IsOptional() @timing('requestExpiryDays', 'days') requestExpiryDays?: number;
  @IsOptional() @timing('stalledAfterDays', 'days') stalledAfterDays?: number;
  @IsOptional() @timing('meetingMinutesPerMonth', 'minutes') meetingMinutesPerMonth?: number;
  @IsOptional() @timing('durationMonths', 'months') durationMonths?: number;
}

export class UpdateProgrammeSettingsRequest extends ProgrammeSettingsBody {
  @IsUUID('all', { message: 'programmeId must be a programme id' }) programmeId!: string;
}
