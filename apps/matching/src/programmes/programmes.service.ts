import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import {
  ErrorCode,
  SCORE_WEIGHT_PARTS,
  type ProgrammeList,
  type ProgrammeSummary,
  type ProgrammeView,
  type UpdateProgrammeSettingsRequest,
} from '@passerelle/contracts';
import { DomainError, type ActorRef } from '@passerelle/nest-common';
import { recordAudit } from '../audit/record-audit.js';
import { requireStaff } from '../common/require-staff.js';
import { DATA_SOURCE } from '../tokens.js';
import { programmeWeights, usesDefaultWeights } from './programme-weights.js';
import { Programme } from './programme.entity.js';

/** The settings an audit entry compares before and after a change. */
type ProgrammeSettings = Pick<
  ProgrammeView,
  'weights' | 'requestExpiryDays' | 'stalledAfterDays' | 'meetingMinutesPerMonth' | 'durationMonths'
>;

@Injectable()
export class ProgrammesService {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  /** Every programme, classic first; for any signed-in member. */
  async list(): Promise<ProgrammeList> {
    const programmes = await this.dataSource.manager.find(Programme, { order: { mode: 'ASC', code: 'ASC' } });
    return { items: programmes.map(toProgrammeSummary) };
  }

  async get(actor: ActorRef, programmeId: string): Promise<ProgrammeView> {
    requireStaff(actor);
    return toProgrammeView(await this.find(programmeId));
  }

  /**
   * Staff change the weights and timings of a programme. The weights are
   * saved whole (every part), so later default changes do not move a
   * programme staff tuned. New requests, suggestions and cycles use them;
   * requests already sent keep the expiry they were given.
   */
  async updateSettings(actor: ActorRef, request: UpdateProgrammeSettingsRequest): Promise<ProgrammeView> {
    requireStaff(actor);
    if (request.weights && SCORE_WEIGHT_PARTS.every((part) => request.weights![part] === 0)) {
      throw new DomainError(
        ErrorCode.VALIDATION_FAILED,
        'weights must give at least one part a weight above 0',
        {
          fields: [{ field: 'weights', messages: ['at least one weight must be above 0'] }],
        },
      );
    }
    const updated = await this.dataSource.transaction(async (manager) => {
      const programme = await manager.findOne(Programme, {
        where: { id: request.programmeId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!programme) throw programmeNotFound(request.programmeId);
      const before = settingsOf(programme);
      if (request.weights) {
        programme.weights = Object.fromEntries(
          SCORE_WEIGHT_PARTS.map((part) => [part, request.weights![part]]),
        );
      }
      programme.requestExpiryDays = request.requestExpiryDays ?? programme.requestExpiryDays;
      programme.stalledAfterDays = request.stalledAfterDays ?? programme.stalledAfterDays;
      programme.meetingMinutesPerMonth = request.meetingMinutesPerMonth ?? programme.meetingMinutesPerMonth;
      programme.durationMonths = request.durationMonths ?? programme.durationMonths;
      const saved = await manager.save(programme);
      await recordAudit(manager, actor, {
        action: 'programme.settings-changed',
        objectId: programme.id,
        details: { before, after: settingsOf(saved) },
      });
      return saved;
    });
    return toProgrammeView(updated);
  }

  private async find(programmeId: string): Promise<Programme> {
    const programme = await this.dataSource.manager.findOneBy(Programme, { id: programmeId });
    if (!programme) throw programmeNotFound(programmeId);
    return programme;
  }
}

export function programmeNotFound(programmeId: string): DomainError {
  return new DomainError(ErrorCode.NOT_FOUND, 'No programme has this id', { programmeId });
}

function settingsOf(programme: Programme): ProgrammeSettings {
  return {
    weights: programmeWeights(programme),
    requestExpiryDays: programme.requestExpiryDays,
    stalledAfterDays: programme.stalledAfterDays,
    meetingMinutesPerMonth: programme.meetingMinutesPerMonth,
    durationMonths: programme.durationMonths,
  };
}

export function toProgrammeSummary(programme: Programme): ProgrammeSummary {
  return {
    id: programme.id,
    code: programme.code,
    mode: programme.mode,
    nameFr: programme.nameFr,
    nameEn: programme.nameEn,
  };
}

function toProgrammeView(programme: Programme): ProgrammeView {
  return {
    ...toProgrammeSummary(programme),
    ...settingsOf(programme),
    usesDefaultWeights: usesDefaultWeights(programme),
    updatedAt: programme.updatedAt.toISOString(),
  };
}
