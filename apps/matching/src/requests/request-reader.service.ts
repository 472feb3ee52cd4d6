import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import {
  ErrorCode,
  OPEN_REQUEST_STATUSES,
  pageOf,
  type GetRequestQuery,
  type IncomingRequestView,
  type ListIncomingRequestsQuery,
  type ListRequestsQuery,
  type MentoringRequestView,
  type Page,
} from '@passerelle/contracts';
import { DomainError, type ActorRef } from '@passerelle/nest-common';
import { isStaff } from '../common/require-staff.js';
import { DATA_SOURCE } from '../tokens.js';
import { RequestChoice } from './request-choice.entity.js';
import { RequestMatchExplainer } from './request-match.js';
import { requestView, requestViews } from './request-views.js';
import { MentoringRequest } from './request.entity.js';

const OPEN = [...OPEN_REQUEST_STATUSES];

/** Reading requests: the mentee's own, those waiting for a mentor, and one by id for whoever may see it. */
@Injectable()
export class RequestReaderService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly explainer: RequestMatchExplainer,
  ) {}

  /**
   * The mentee and staff see the whole request; a mentor it reached sees
   * their part and why the mentee fits; anyone else gets FORBIDDEN.
   */
  async get(actor: ActorRef, query: GetRequestQuery): Promise<MentoringRequestView | IncomingRequestView> {
    const manager = this.dataSource.manager;
    const request = await manager.findOneBy(MentoringRequest, { id: query.requestId });
    if (!request) {
      throw new DomainError(ErrorCode.NOT_FOUND, 'There is no request with this id', {
        requestId: query.requestId,
      });
    }
    if (request.menteeId === actor.userId || isStaff(actor)) return requestView(manager, request);
    const reached = await manager
      .createQueryBuilder(RequestChoice, 'choice')
      .where(
        'choice.request_id = :requestId AND choice.mentor_id = :mentorId AND choice.sent_at IS NOT NULL',
        {
          requestId: request.id,
          mentorId: actor.userId,
        },
      )
      .getExists();
    if (!reached) throw new DomainError(ErrorCode.FORBIDDEN, 'This request is not yours to read');
    const view = await requestView(manager, request, actor.userId);
    const [match] = await this.explainer.explain([request], actor.userId, query.locale);
    return { ...view, match: match! };
  }

  /** The caller's requests as a mentee, newest first. */
  async listMine(actor: ActorRef, query: ListRequestsQuery): Promise<Page<MentoringRequestView>> {
    const { page, pageSize, offset } = pageOf(query);
    const builder = this.dataSource.manager
      .createQueryBuilder(MentoringRequest, 'request')
      .where('request.mentee_id = :menteeId', { menteeId: actor.userId })
      .orderBy('request.created_at', 'DESC')
      .addOrderBy('request.id')
      .skip(offset)
      .take(pageSize);
    if (query.state === 'open') builder.andWhere('request.status IN (:...open)', { open: OPEN });
    if (query.state === 'closed') builder.andWhere('request.status NOT IN (:...open)', { open: OPEN });
    const [requests, total] = await builder.getManyAndCount();
    return { items: await requestViews(this.dataSource.manager, requests), total, page, pageSize };
  }

  /** Open requests waiting for the caller's answer, the longest waiting first, with why each mentee fits. */
  async listIncoming(actor: ActorRef, query: ListIncomingRequestsQuery): Promise<Page<IncomingRequestView>> {
    const { page, pageSize, offset } = pageOf(query);
    const [requests, total] = await this.dataSource.manager
      .createQueryBuilder(MentoringRequest, 'request')
      .innerJoin(
        RequestChoice,
        'choice',
        'choice.request_id = request.id AND choice.rank = request.current_rank',
      )
      .where('choice.mentor_id = :mentorId AND request.status IN (:...open)', {
        mentorId: actor.userId,
        open: OPEN,
      })
      .orderBy('choice.sent_at', 'ASC')
      .addOrderBy('request.id')
      // One row per request (the join is on the current choice only), so plain OFFSET/LIMIT pages right.
      .offset(offset)
      .limit(pageSize)
      .getManyAndCount();
    const views = await requestViews(this.dataSource.manager, requests, actor.userId);
    const matches = await this.explainer.explain(requests, actor.userId, query.locale);
    return {
      items: views.map((view, index) => ({ ...view, match: matches[index]! })),
      total,
      page,
      pageSize,
    };
  }
}
