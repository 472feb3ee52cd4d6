import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { PersonalDataPart } from '../privacy/personal-data-part.js';
import { PersonalDataRegistry } from '../privacy/personal-data.registry.js';
import { CharterAcceptance } from './charter-acceptance.entity.js';
import { MentorAvailability } from './mentor-availability.service.js';
import { Mentor } from './mentor.entity.js';
import { TrainingCompletion } from './training-completion.entity.js';

export interface ExportedOnboarding {
  mentor: {
    status: string;
    motivation: string | null;
    requestedAt: string;
    decidedAt: string | null;
    decisionReason: string | null;
    available: boolean;
  } | null;
  charterAcceptances: { version: number; acceptedAt: string }[];
  trainingPasses: {
    moduleId: string;
    correctAnswers: number;
    questionCount: number;
    passedAt: string;
    validUntil: string;
  }[];
}

/**
 * Mentor onboarding: the mentor request and staff's decision, charter
 * acceptances, training passes. The audit log is not erased: it records what
 * staff did, by account id only, and must outlive the accounts it mentions.
 */
@Injectable()
export class OnboardingPersonalData implements PersonalDataPart, OnModuleInit {
  readonly name = 'mentorOnboarding';

  constructor(
    private readonly registry: PersonalDataRegistry,
    private readonly availability: MentorAvailability,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async export(manager: EntityManager, accountId: string): Promise<ExportedOnboarding> {
    const [mentor, acceptances, passes] = await Promise.all([
      manager.findOneBy(Mentor, { accountId }),
      manager.find(CharterAcceptance, { where: { accountId }, order: { version: 'ASC' } }),
      manager.find(TrainingCompletion, { where: { accountId }, order: { passedAt: 'ASC' } }),
    ]);
    return {
      mentor: mentor && {
        status: mentor.status,
        motivation: mentor.motivation,
        requestedAt: mentor.requestedAt.toISOString(),
        decidedAt: mentor.decidedAt?.toISOString() ?? null,
        decisionReason: mentor.decisionReason,
        available: mentor.available,
      },
      charterAcceptances: acceptances.map((row) => ({
        version: row.version,
        acceptedAt: row.acceptedAt.toISOString(),
      })),
      trainingPasses: passes.map((row) => ({
        moduleId: row.moduleId,
        correctAnswers: row.correctAnswers,
        questionCount: row.questionCount,
        passedAt: row.passedAt.toISOString(),
        validUntil: row.validUntil.toISOString(),
      })),
    };
  }

  /** An erased mentor who was available is announced unavailable first, so matching stops proposing them. */
  async erase(manager: EntityManager, accountId: string): Promise<void> {
    const mentor = await manager.findOne(Mentor, {
      where: { accountId },
      lock: { mode: 'pessimistic_write' },
    });
    if (mentor?.available) await this.availability.announce(manager, accountId, 'unavailable');
    await manager.delete(Mentor, { accountId });
    await manager.delete(CharterAcceptance, { accountId });
    await manager.delete(TrainingCompletion, { accountId });
  }
}
