import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { PersonalDataPart } from '../privacy/personal-data-part.js';
import { PersonalDataRegistry } from '../privacy/personal-data.registry.js';
import { MentorAnswer } from './mentor-answer.entity.js';
import { erasePartnerships } from './mentoring-partners.js';
import { MentoringPartnership } from './mentoring-partnership.entity.js';

export interface MentoringExport {
  /** The person's mentorships as profiles knows them, without the partner (someone else's data). */
  partnerships: { mentorshipId: string; as: 'mentor' | 'mentee'; since: string; endedAt: string | null }[];
  /** Their latest answers to requests, which make their response time. */
  answers: { requestId: string; sentAt: string; answeredAt: string }[];
}

/** What profiles copied from matching about a person: partnerships and answers to requests. */
@Injectable()
export class MentoringPersonalData implements PersonalDataPart, OnModuleInit {
  readonly name = 'mentoring';

  constructor(private readonly registry: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async export(manager: EntityManager, accountId: string): Promise<MentoringExport> {
    const partnerships = await manager.find(MentoringPartnership, {
      where: [{ mentorId: accountId }, { menteeId: accountId }],
      order: { since: 'ASC' },
    });
    const answers = await manager.find(MentorAnswer, {
      where: { mentorId: accountId },
      order: { answeredAt: 'ASC' },
    });
    return {
      partnerships: partnerships.map((row) => ({
        mentorshipId: row.mentorshipId,
        as: row.mentorId === accountId ? 'mentor' : 'mentee',
        since: row.since.toISOString(),
        endedAt: row.endedAt?.toISOString() ?? null,
      })),
      answers: answers.map((row) => ({
        requestId: row.requestId,
        sentAt: row.sentAt.toISOString(),
        answeredAt: row.answeredAt.toISOString(),
      })),
    };
  }

  async erase(manager: EntityManager, accountId: string): Promise<void> {
    await erasePartnerships(manager, accountId);
    await manager.delete(MentorAnswer, { mentorId: accountId });
  }
}
