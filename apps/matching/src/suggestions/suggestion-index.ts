import type { BeforeApplicationShutdown, Provider } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { MENTORING_MODES, type MentoringMode } from '@passerelle/contracts';
import { NO_PROFILE_YET } from '../members/profile-facts.js';
import { DATA_SOURCE } from '../tokens.js';
import type { MentorFacts } from './facts.js';
import { isAvailableIn, mayMentorIn, mentorFactsOf, type MemberFacts } from './member-facts.js';
import { MentorIndex } from './top-candidates.js';

/** A mentor as the index keeps it: the scoring's facts and what the filters also read. */
export interface IndexedMentor {
  facts: MentorFacts;
  formats: readonly string[];
}

/** The mentors who may be suggested in one mode now, and the search index over them. */
export class ModeMentors {
  readonly byId = new Map<string, IndexedMentor>();
  list: readonly IndexedMentor[] = [];
  index = new MentorIndex([]);

  /** Builds the search index over the current mentors; queries keep using the old one until it is swapped. */
  rebuild(): void {
    const list = [...this.byId.values()];
    const index = new MentorIndex(list.map((mentor) => mentor.facts));
    this.list = list;
    this.index = index;
  }
}

interface MemberRow extends MemberFacts {
  /** As text: microseconds, so two changes in one millisecond are told apart. */
  changedAt: string;
}

const SELECT_MEMBERS = `
  SELECT account_id AS "accountId", role, time_zone AS "timeZone", skill_ids AS "skillIds", sectors, topics,
         formats, languages, availability, job_title AS "jobTitle", target_roles AS "targetRoles",
         graduation_year AS "graduationYear", open_to_reverse_mentoring AS "openToReverseMentoring",
         reverse_mentoring_topics AS "reverseMentoringTopics", capacity, places_taken AS "placesTaken",
         approval, available_to_mentor AS "availableToMentor", median_response_hours AS "medianResponseHours",
         changed_at::text AS "changedAt"
    FROM matching.members
   WHERE profile_updated_at > $1`;

/**
 * A row's changed_at is taken when its transaction writes it, and the
 * transaction may commit later: each look re-reads this much before the
 * previous one, and skips rows whose changed_at it already holds.
 */
const LOOK_BACK_MS = 30_000;

export interface SuggestionIndexOptions {
  /** How often rows changed since the last look are read. */
  pollMs?: number;
  /** How often everything is read again (drops erased members, whose row is deleted rather than changed). */
  fullReloadMs?: number;
}

/**
 * The mentors of each mode in memory, so a suggestion list scores them
 * without a query per candidate. Loaded from `members` at start, then kept
 * up to date by reading the rows whose changed_at moved (every ~2 s, or at
 * once with refresh()). A change builds a new MentorIndex and swaps it in;
 * queries meanwhile use the previous one. Every replica keeps its own.
 */
export class SuggestionIndex implements BeforeApplicationShutdown {
  private modes = SuggestionIndex.emptyModes();
  /** changed_at (as text) of every row looked at, by account id. */
  private seen = new Map<string, string>();
  private since: Date | null = null;
  private lastFullLoad = 0;
  private loaded?: Promise<void>;
  private running: Promise<void> = Promise.resolve();
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly dataSource: DataSource,
    private readonly options: SuggestionIndexOptions = {},
  ) {}

  private static emptyModes(): Record<MentoringMode, ModeMentors> {
    return Object.fromEntries(MENTORING_MODES.map((mode) => [mode, new ModeMentors()])) as Record<
      MentoringMode,
      ModeMentors
    >;
  }

  /** Loads every mentor (the first queries wait for it) and starts looking for changes. */
  start(): void {
    this.loaded = this.refresh();
    this.timer = setInterval(() => {
      this.refresh().catch(() => undefined);
    }, this.options.pollMs ?? 2_000);
    this.timer.unref();
  }

  /** The mentors of `mode`, once the first load is done. */
  async mentorsOf(mode: MentoringMode): Promise<ModeMentors> {
    if (!this.loaded) this.start();
    // A first load that failed (the database away at start) is tried again by the next query.
    this.loaded = this.loaded!.catch(() => this.refresh());
    await this.loaded;
    return this.modes[mode];
  }

  /** Reads what changed now (one look at a time: a call during a look waits for the next). */
  refresh(): Promise<void> {
    const next = this.running.catch(() => undefined).then(() => this.look());
    this.running = next;
    return next;
  }

  beforeApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  private async look(): Promise<void> {
    const [{ now }] = await this.dataSource.query<[{ now: Date }]>('SELECT clock_timestamp() AS now');
    const full =
      this.since === null || now.getTime() - this.lastFullLoad > (this.options.fullReloadMs ?? 600_000);
    const rows: MemberRow[] = full
      ? await this.dataSource.query(SELECT_MEMBERS, [NO_PROFILE_YET])
      : await this.dataSource.query(`${SELECT_MEMBERS} AND changed_at > $2`, [
          NO_PROFILE_YET,
          new Date(this.since!.getTime() - LOOK_BACK_MS),
        ]);
    if (full) {
      this.apply(rows, SuggestionIndex.emptyModes(), new Map(), MENTORING_MODES);
      this.lastFullLoad = now.getTime();
    } else {
      this.apply(rows, this.modes, this.seen);
    }
    this.since = now;
  }

  /** Applies the rows to `modes` and rebuilds the indexes that changed (all of `rebuildAll`). */
  private apply(
    rows: MemberRow[],
    modes: Record<MentoringMode, ModeMentors>,
    seen: Map<string, string>,
    rebuildAll: readonly MentoringMode[] = [],
  ): void {
    const changed = new Set<MentoringMode>(rebuildAll);
    const thisYear = new Date();
    for (const row of rows) {
      if (seen.get(row.accountId) === row.changedAt) continue;
      seen.set(row.accountId, row.changedAt);
      for (const mode of MENTORING_MODES) {
        const mentors = modes[mode].byId;
        if (mayMentorIn(mode, row, thisYear) && isAvailableIn(mode, row)) {
          mentors.set(row.accountId, { facts: mentorFactsOf(mode, row), formats: row.formats });
          changed.add(mode);
        } else if (mentors.delete(row.accountId)) {
          changed.add(mode);
        }
      }
    }
    for (const mode of changed) modes[mode].rebuild();
    this.modes = modes;
    this.seen = seen;
  }
}

export const suggestionIndexProvider: Provider = {
  provide: SuggestionIndex,
  useFactory: (dataSource: DataSource) => new SuggestionIndex(dataSource),
  inject: [DATA_SOURCE],
};
