import type { DataSource } from 'typeorm';
import {
  createServiceDataSource,
  InboxMessage,
  migrateToLatest,
  OutboxMessage,
} from '@passerelle/nest-common';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { CycleEntry } from '../cycles/cycle-entry.entity.js';
import { CycleRemovedPair } from '../cycles/cycle-removed-pair.entity.js';
import { MatchingCycle } from '../cycles/cycle.entity.js';
import { Member } from '../members/member.entity.js';
import { GoalProgress } from '../mentorships/goal-progress.entity.js';
import { MentorshipGoal } from '../mentorships/mentorship-goal.entity.js';
import { Mentorship } from '../mentorships/mentorship.entity.js';
import { Programme } from '../programmes/programme.entity.js';
import { RequestChoice } from '../requests/request-choice.entity.js';
import { RequestExchange } from '../requests/request-exchange.entity.js';
import { MentoringRequest } from '../requests/request.entity.js';
import { migrations } from './migrations/index.js';

/** Every table of this service lives in its own schema; no other service reads it. */
export const MATCHING_SCHEMA = 'matching';

export function createDataSource(url: string, poolSize?: number): DataSource {
  return createServiceDataSource({
    url,
    poolSize,
    schema: MATCHING_SCHEMA,
    // The outbox carries evt.matching.* (requests, mentorships) out in the same transaction as the change;
    // the inbox remembers which profiles events the read model (members) has applied.
    entities: [
      OutboxMessage,
      InboxMessage,
      Member,
      Programme,
      Mentorship,
      MentoringRequest,
      RequestChoice,
      RequestExchange,
      MentorshipGoal,
      GoalProgress,
      AuditEntry,
      MatchingCycle,
      CycleEntry,
      CycleRemovedPair,
    ],
    migrations,
  });
}

/** Connects and brings the schema up to date; the app never starts on an old schema. */
export function openDatabase(url: string, poolSize?: number): Promise<DataSource> {
  return migrateToLatest(createDataSource(url, poolSize));
}
