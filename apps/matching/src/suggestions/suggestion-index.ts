import type { BeforeApplicationShutdown, Provider } from '@nestjs/common';
import { performance } from 'node:perf_hooks';
import type { DataSource } from 'typeorm';
import { MENTORING_MODES, type MentoringMode } from '@passerelle/contracts';
import { createLogger } from '@passerelle/nest-common';
import type { MatchingConfig } from '../config/matching.config.js';
import { NO_PROFILE_YET } from '../members/profile-facts.js';
import { DATA_SOURCE, MATCHING_CONFIG } from '../tokens.js';
import type { MentorFacts } from './facts.js';
import { isAvailableIn, mentorFactsOf, type MemberFacts } from './member-facts.js';
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
         reverse_mentoring_topics AS "reverseMentoringTopics",
         offers_reverse_mentoring AS "offersReverseMentoring", reverse_mentoring_offer AS "reverseMentoringOffer", capacity, places_taken AS "placesTaken",
         approval, available_to_mentor AS "availableToMentor", median_response_hours AS "medianResponseHours",
         changed_at::text AS "changedAt"
    FROM matching.members
   WHERE profile_updated_at > $1`;

/**
 * A row's changed_at is taken when its transaction writes it, and the
 * transaction may commit later: each look re-reads this much before the
 * previous one, and skips rows whose changed_at it already holds.
 */
const LOOK_BACK_MS = 10_000;

export interface SuggestionIndexOptions {
  /** How often rows changed since the last look are read. */
  pollMs?: number;
  /** Told how long each full load took and what it holds (the benchmark reads it). */
  logger?: ReturnType<typeof createLogger>;
}

/**
 * The mentors of each mode in memory, so a suggestion list scores them
 * without a query per candidate. Loaded from `members` at start, then kept
 * up to date by reading the rows whose changed_at moved and dropping the
 * deleted ones (every ~2 s, or at once with refresh()). A change builds a new MentorIndex and swaps it in;
 * queries meanwhile use the previous one. Every replica keeps its own.
 */
export class SuggestionIndex implements BeforeApplicationShutdown {
  private modes = SuggestionIndex.emptyModes();
  /** changed_at (as text) of every row looked at, by account id. */
  private seen = new Map<string, string>();
  private since: Date | null = null;
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
    if (this.since === null) await this.loadEveryMember();
    else await this.loadChanges(this.since);
    this.since = now;
  }

  private async loadEveryMember(): Promise<void> {
    const rows: MemberRow[] = await this.dataSource.query(SELECT_MEMBERS, [NO_PROFILE_YET]);
    const started = performance.now();
    this.apply(rows, SuggestionIndex.emptyModes(), new Map(), MENTORING_MODES);
    this.options.logger?.info(
      {
        members: rows.length,
        mentors: Object.fromEntries(MENTORING_MODES.map((mode) => [mode, this.modes[mode].list.length])),
        buildMs: Math.round(performance.now() - started),
        heapUsedMiB: Math.round(process.memoryUsage().heapUsed / 2 ** 20),
      },
      'suggestion index: loaded every member',
    );
  }

  /**
   * Reads the ids and change times of the rows changed since a little before
   * the last look (cheap even after a bulk change), then only the rows not
   * seen at that change time; and drops the members gone from the table.
   */
  private async loadChanges(since: Date): Promise<void> {
    const recent: { accountId: string; changedAt: string }[] = await this.dataSource.query(
      `SELECT account_id AS "accountId", changed_at::text AS "changedAt" FROM matching.members
        WHERE profile_updated_at > $1 AND changed_at > $2`,
      [NO_PROFILE_YET, new Date(since.getTime() - LOOK_BACK_MS)],
    );
    const changed = recent.filter((row) => this.seen.get(row.accountId) !== row.changedAt);
    const rows: MemberRow[] =
      changed.length === 0
        ? []
        : await this.dataSource.query(`${SELECT_MEMBERS} AND account_id = ANY($2::uuid[])`, [
            NO_PROFILE_YET,
            changed.map((row) => row.accountId),
          ]);
    const gone = await this.goneMembers();
    this.apply(rows, this.modes, this.seen, [], gone);
  }

  /** Erased members (their row is deleted, not changed): counted first, listed only when the count says so. */
  private async goneMembers(): Promise<string[]> {
    const [{ count }] = await this.dataSource.query<[{ count: number }]>(
      'SELECT count(*)::int AS count FROM matching.members WHERE profile_updated_at > $1',
      [NO_PROFILE_YET],
    );
    if (count >= this.seen.size) return [];
    const present = new Set(
      (
        await this.dataSource.query<{ accountId: string }[]>(
          'SELECT account_id AS "accountId" FROM matching.members WHERE profile_updated_at > $1',
          [NO_PROFILE_YET],
        )
      ).map((row) => row.accountId),
    );
    return [...this.seen.keys()].filter((id) => !present.has(id));
  }

  /** Applies the rows and removals to `modes` and rebuilds the indexes that changed (all of `rebuildAll`). */
  private apply(
    rows: MemberRow[],
    modes: Record<MentoringMode, ModeMentors>,
    seen: Map<string, string>,
    rebuildAll: readonly MentoringMode[] = [],
    gone: readonly string[] = [],
  ): void {
    const changed = new Set<MentoringMode>(rebuildAll);
    for (const accountId of gone) {
      seen.delete(accountId);
      for (const mode of MENTORING_MODES) if (modes[mode].byId.delete(accountId)) changed.add(mode);
    }
    const now = new Date();
    for (const row of rows) {
      if (seen.get(row.accountId) === row.changedAt) continue;
      seen.set(row.accountId, row.changedAt);
      for (const mode of MENTORING_MODES) {
        const mentors = modes[mode].byId;
        if (isAvailableIn(mode, row, now)) {
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
  useFactory: (dataSource: DataSource, config: MatchingConfig) =>
    new SuggestionIndex(dataSource, {
      logger: createLogger('matching', config.LOG_LEVEL).child({ component: 'suggestion-index' }),
    }),
  inject: [DATA_SOURCE, MATCHING_CONFIG],
};
