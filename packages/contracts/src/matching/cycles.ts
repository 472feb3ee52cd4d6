import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageCounts, PageQuery } from '../common/page.js';
import { Locale } from '../common/role.js';
import { WholeNumberIn } from '../common/whole-number.js';
import {
  COHORT_YEARS,
  CYCLE_ENTRY_FILTERS,
  CYCLE_PUBLICATION_OUTCOMES,
  CYCLE_SKIP_REASONS,
  CYCLE_STATUSES,
  CYCLE_TOP_K,
  MENTORING_MODES,
  type CycleEntryFilter,
  type CyclePublicationOutcome,
  type CycleSkipReason,
  type CycleStatus,
  type MentoringMode,
} from './matching-codes.js';
import { PersonRef } from './people.js';

/** Staff open a cycle for a programme (and a cohort): its pool is read and a first draft computed. */
export const OPEN_CYCLE = 'rpc.matching.cycle.open.v1';
/** Staff: the cycles, newest first. */
export const LIST_CYCLES = 'rpc.matching.cycle.list.v1';
/** Staff: one cycle's summary (pool, optimal against greedy, publication). */
export const GET_CYCLE = 'rpc.matching.cycle.get.v1';
/** Staff: a page of the draft, one row per mentee, with the pair's reasons. */
export const LIST_CYCLE_ENTRIES = 'rpc.matching.cycle.list-entries.v1';
/** Staff: read the pool again and compute the draft around the locked pairs and without the removed ones. */
export const RUN_CYCLE = 'rpc.matching.cycle.run.v1';
/** Staff: lock a pair (kept by every re-run) or unlock it. */
export const LOCK_CYCLE_PAIR = 'rpc.matching.cycle.lock-pair.v1';
/** Staff: take a pair out of the draft; the next runs never propose it again. */
export const REMOVE_CYCLE_PAIR = 'rpc.matching.cycle.remove-pair.v1';
/** Staff: two mentees exchange their mentors; both pairs are then locked. */
export const SWAP_CYCLE_PAIRS = 'rpc.matching.cycle.swap-pairs.v1';
/** Staff: turn the draft's pairs into proposals both sides accept or decline. */
export const PUBLISH_CYCLE = 'rpc.matching.cycle.publish.v1';

const oneOf = (name: string, list: readonly string[]) => ({
  message: `${name} must be one of: ${list.join(', ')}`,
});

export class CycleIdParam {
  @IsUUID('all', { message: 'cycleId must be a cycle id' }) cycleId!: string;
}

export class OpenCycleRequest {
  @IsUUID('all', { message: 'programmeId must be a programme id' }) programmeId!: string;
  /** Only the mentees graduating (or graduated) this year; all of them when left out. */
  @IsOptional() @WholeNumberIn('cohort', COHORT_YEARS, 'years') cohort?: number;
  @IsOptional() @WholeNumberIn('topK', CYCLE_TOP_K, 'candidates') topK?: number;
}

export class ListCyclesQuery extends PageQuery {
  @IsOptional() @IsUUID('all', { message: 'programmeId must be a programme id' }) programmeId?: string;
}

export class ListCycleEntriesQuery extends PageQuery {
  @IsOptional() @IsIn(CYCLE_ENTRY_FILTERS, oneOf('show', CYCLE_ENTRY_FILTERS)) show?: CycleEntryFilter;
  @IsOptional() @IsEnum(Locale, { message: 'locale must be fr or en' }) locale?: Locale;
}

export class ListCycleEntriesRequest extends ListCycleEntriesQuery {
  @IsUUID('all', { message: 'cycleId must be a cycle id' }) cycleId!: string;
}

/** One mentee of the draft, named by their account id. */
export class CycleMenteeBody {
  @IsUUID('all', { message: 'menteeId must be an account id' }) menteeId!: string;
}

export class LockCyclePairBody extends CycleMenteeBody {
  @IsBoolean({ message: 'locked must be true or false' }) locked!: boolean;
}

export class LockCyclePairRequest extends LockCyclePairBody {
  @IsUUID('all', { message: 'cycleId must be a cycle id' }) cycleId!: string;
}

export class RemoveCyclePairRequest extends CycleMenteeBody {
  @IsUUID('all', { message: 'cycleId must be a cycle id' }) cycleId!: string;
}

export class SwapCyclePairsBody extends CycleMenteeBody {
  @IsUUID('all', { message: 'otherMenteeId must be an account id' }) otherMenteeId!: string;
}

export class SwapCyclePairsRequest extends SwapCyclePairsBody {
  @IsUUID('all', { message: 'cycleId must be a cycle id' }) cycleId!: string;
}

/** An assignment's figures: the optimal one the draft starts from, and the greedy one it is compared with. */
export class AssignmentFigures {
  @IsInt() @Min(0) pairs!: number;
  /** Share of the pool's mentees who got a mentor, 0–1. */
  @IsNumber() coverage!: number;
  @IsNumber() totalScore!: number;
  @IsNumber() averageScore!: number;
}

export class CyclePool {
  @IsInt() @Min(0) mentees!: number;
  /** Mentors with at least one free place. */
  @IsInt() @Min(0) mentors!: number;
  @IsInt() @Min(0) freePlaces!: number;
}

/** What the last run computed: both assignments, and how long it took. */
export class CycleRunFigures {
  @ValidateNested() @Type(() => CyclePool) pool!: CyclePool;
  @ValidateNested() @Type(() => AssignmentFigures) optimal!: AssignmentFigures;
  @ValidateNested() @Type(() => AssignmentFigures) greedy!: AssignmentFigures;
  @IsInt() @Min(0) durationMs!: number;
}

export class CyclePublication {
  @IsInt() @Min(0) proposed!: number;
  @IsInt() @Min(0) skipped!: number;
}

export class CycleView {
  @IsUUID() id!: string;
  @IsUUID() programmeId!: string;
  @IsIn(MENTORING_MODES) mode!: MentoringMode;
  @IsOptional() @IsInt() cohort!: number | null;
  @IsInt() topK!: number;
  @IsIn(CYCLE_STATUSES) status!: CycleStatus;
  @ValidateNested() @Type(() => CycleRunFigures) lastRun!: CycleRunFigures;
  /** The draft as staff left it (locks, removals and swaps included). */
  @ValidateNested() @Type(() => AssignmentFigures) draft!: AssignmentFigures;
  @IsInt() @Min(0) lockedPairs!: number;
  @IsInt() @Min(0) removedPairs!: number;
  @IsOptional() @ValidateNested() @Type(() => CyclePublication) publication!: CyclePublication | null;
  @IsISO8601() createdAt!: string;
  @IsISO8601() runAt!: string;
  @IsOptional() @IsISO8601() publishedAt!: string | null;
}

export class CyclePage extends PageCounts {
  @ValidateNested({ each: true }) @Type(() => CycleView) items!: CycleView[];
}

/** One mentee of a cycle and the mentor the draft gives them, if any. */
export class CycleEntryView {
  @ValidateNested() @Type(() => PersonRef) mentee!: PersonRef;
  @IsOptional() @ValidateNested() @Type(() => PersonRef) mentor!: PersonRef | null;
  /** 0–100; null when unpaired. */
  @IsOptional() @IsNumber() score!: number | null;
  /** Why the pair fits, in the reader's language, strongest first. */
  @IsString({ each: true }) reasons!: string[];
  @IsBoolean() locked!: boolean;
  @IsOptional() @IsIn(CYCLE_PUBLICATION_OUTCOMES) outcome!: CyclePublicationOutcome | null;
  @IsOptional() @IsIn(CYCLE_SKIP_REASONS) skipReason!: CycleSkipReason | null;
  @IsOptional() @IsUUID() mentorshipId!: string | null;
}

export class CycleEntryPage extends PageCounts {
  @ValidateNested({ each: true }) @Type(() => CycleEntryView) items!: CycleEntryView[];
}
