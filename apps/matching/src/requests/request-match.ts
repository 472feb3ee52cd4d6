import { Inject, Injectable } from '@nestjs/common';
import { In, type DataSource } from 'typeorm';
import type { ExplainedMatch, Locale } from '@passerelle/contracts';
import { Programme } from '../programmes/programme.entity.js';
import { membersById } from '../members/members-by-id.js';
import { explainMembers } from '../suggestions/explain-pair.js';
import { DATA_SOURCE } from '../tokens.js';
import type { MentoringRequest } from './request.entity.js';

/** What a mentor sees when matching knows the mentee no more (erased) or not yet. */
const NOTHING_KNOWN: ExplainedMatch = { score: 0, reasons: [] };

/**
 * Why each request's mentee fits the mentor reading it: the same score and
 * reasons the mentee saw among the suggestions, with the programme's
 * weights, in the mentor's language.
 */
@Injectable()
export class RequestMatchExplainer {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  async explain(requests: MentoringRequest[], mentorId: string, locale?: Locale): Promise<ExplainedMatch[]> {
    if (requests.length === 0) return [];
    const manager = this.dataSource.manager;
    const programmes = await manager.findBy(Programme, {
      id: In([...new Set(requests.map((request) => request.programmeId))]),
    });
    const programmeById = new Map(programmes.map((programme) => [programme.id, programme]));
    // The mentor and every mentee read once, however many requests the page holds.
    const memberById = await membersById(manager, [mentorId, ...requests.map((request) => request.menteeId)]);
    return requests.map(
      (request) =>
        explainMembers(
          programmeById.get(request.programmeId)!,
          memberById.get(request.menteeId),
          memberById.get(mentorId),
          locale,
        ) ?? NOTHING_KNOWN,
    );
  }
}
