import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import {
  ErrorCode,
  type SubmitTrainingAttemptRequest,
  type TrainingAttemptResult,
  type TrainingModuleList,
  type TrainingModuleSummary,
  type TrainingModuleView,
  type TrainingState,
} from '@passerelle/contracts';
import { DomainError, type ActorRef } from '@passerelle/nest-common';
import type { ProfilesConfig } from '../config/profiles.config.js';
import { DATA_SOURCE, PROFILES_CONFIG } from '../tokens.js';
import { MentorAvailability } from './mentor-availability.service.js';
import { MENTOR_ROLES, requireRole, TRAINING_READERS } from './onboarding-roles.js';
import { addMonths, answerProblems, scoreQuiz } from './quiz-scoring.js';
import { TrainingCompletion } from './training-completion.entity.js';
import { TrainingModule } from './training-module.entity.js';

/** Where a person stands on a module at `now`. */
export function trainingState(completion: TrainingCompletion | undefined, now: Date): TrainingState {
  if (!completion) return 'not-started';
  return completion.validUntil > now ? 'passed' : 'expired';
}

@Injectable()
export class TrainingService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(PROFILES_CONFIG) private readonly config: ProfilesConfig,
    private readonly availability: MentorAvailability,
  ) {}

  async list(actor: ActorRef): Promise<TrainingModuleList> {
    requireRole(actor, TRAINING_READERS, 'Mentor training');
    const now = new Date();
    const [modules, completions] = await Promise.all([
      this.dataSource.manager.find(TrainingModule, { order: { position: 'ASC' } }),
      this.completionsOf(actor.userId),
    ]);
    const items = modules.map((module) => toSummary(module, completions.get(module.id), now));
    return {
      items,
      complete: items.every((item) => item.state === 'passed'),
      validityMonths: this.config.TRAINING_VALIDITY_MONTHS,
    };
  }

  /** The module with its quiz, without the answers. */
  async get(actor: ActorRef, moduleId: string): Promise<TrainingModuleView> {
    requireRole(actor, TRAINING_READERS, 'Mentor training');
    const module = await this.load(moduleId);
    const completion = (await this.completionsOf(actor.userId)).get(moduleId);
    return {
      ...toSummary(module, completion, new Date()),
      contentFr: module.contentFr,
      contentEn: module.contentEn,
      questions: module.questions.map(({ correctChoiceId: _hidden, ...question }) => question),
    };
  }

  /**
   * Scores the answers on the server. A pass is recorded, valid for
   * TRAINING_VALIDITY_MONTHS; submitting again while it is valid changes
   * nothing and returns it. A failed attempt reveals only the score.
   */
  async submit(actor: ActorRef, request: SubmitTrainingAttemptRequest): Promise<TrainingAttemptResult> {
    requireRole(actor, MENTOR_ROLES, 'Taking the mentor training');
    return this.dataSource.transaction(async (manager) => {
      const module = await this.load(request.moduleId, manager);
      const now = new Date();
      const existing = await manager.findOne(TrainingCompletion, {
        where: { accountId: actor.userId, moduleId: module.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (existing && trainingState(existing, now) === 'passed') {
        return result(module, existing, { passed: true, alreadyPassed: true });
      }
      const problems = answerProblems(module.questions, request.answers);
      if (problems.length > 0) {
        throw new DomainError(ErrorCode.VALIDATION_FAILED, 'Answer every question of the quiz once', {
          fields: [{ field: 'answers', messages: problems }],
        });
      }
      const score = scoreQuiz(module.questions, request.answers, module.passMarkPercent);
      if (!score.passed) {
        return {
          ...result(module, null, { passed: false, alreadyPassed: false }),
          correctAnswers: score.correctAnswers,
        };
      }
      const completion = manager.create(TrainingCompletion, {
        accountId: actor.userId,
        moduleId: module.id,
        correctAnswers: score.correctAnswers,
        questionCount: score.questionCount,
        passedAt: now,
        validUntil: addMonths(now, this.config.TRAINING_VALIDITY_MONTHS),
      });
      await manager.save(completion);
      await this.availability.refresh(manager, actor.userId, now);
      return result(module, completion, { passed: true, alreadyPassed: false });
    });
  }

  private async completionsOf(accountId: string): Promise<Map<string, TrainingCompletion>> {
    const rows = await this.dataSource.manager.findBy(TrainingCompletion, { accountId });
    return new Map(rows.map((row) => [row.moduleId, row]));
  }

  private async load(moduleId: string, manager = this.dataSource.manager): Promise<TrainingModule> {
    const module = await manager.findOneBy(TrainingModule, { id: moduleId });
    if (!module) throw new DomainError(ErrorCode.NOT_FOUND, `There is no training module "${moduleId}"`);
    return module;
  }
}

function toSummary(
  module: TrainingModule,
  completion: TrainingCompletion | undefined,
  now: Date,
): TrainingModuleSummary {
  return {
    id: module.id,
    position: module.position,
    titleFr: module.titleFr,
    titleEn: module.titleEn,
    summaryFr: module.summaryFr,
    summaryEn: module.summaryEn,
    questionCount: module.questions.length,
    passMarkPercent: module.passMarkPercent,
    state: trainingState(completion, now),
    passedAt: completion?.passedAt.toISOString() ?? null,
    validUntil: completion?.validUntil.toISOString() ?? null,
  };
}

function result(
  module: TrainingModule,
  completion: TrainingCompletion | null,
  outcome: { passed: boolean; alreadyPassed: boolean },
): TrainingAttemptResult {
  return {
    moduleId: module.id,
    correctAnswers: completion?.correctAnswers ?? 0,
    questionCount: module.questions.length,
    passMarkPercent: module.passMarkPercent,
    ...outcome,
    passedAt: completion?.passedAt.toISOString() ?? null,
    validUntil: completion?.validUntil.toISOString() ?? null,
    // The answers are shown only once the module is passed.
    corrections: outcome.passed
      ? module.questions.map((question) => ({
          questionId: question.id,
          correctChoiceId: question.correctChoiceId,
        }))
      : [],
  };
}
