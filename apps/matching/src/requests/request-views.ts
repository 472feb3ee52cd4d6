import { In, type EntityManager } from 'typeorm';
import type { MentoringRequestView, RequestChoiceView, RequestExchangeView } from '@passerelle/contracts';
import { personRefs } from '../people/person-refs.js';
import { RequestChoice } from './request-choice.entity.js';
import { RequestExchange } from './request-exchange.entity.js';
import type { MentoringRequest } from './request.entity.js';

const iso = (date: Date | null): string | null => date?.toISOString() ?? null;

/**
 * The views of these requests (three queries whatever their number). The
 * mentee and staff see every choice; a mentor (`asMentor`) sees only their
 * own choice and the exchanges with them, not who else the mentee asked.
 */
export async function requestViews(
  manager: EntityManager,
  requests: MentoringRequest[],
  asMentor?: string,
): Promise<MentoringRequestView[]> {
  if (requests.length === 0) return [];
  const requestIds = requests.map((request) => request.id);
  const [choices, exchanges] = await Promise.all([
    manager.find(RequestChoice, { where: { requestId: In(requestIds) }, order: { rank: 'ASC' } }),
    manager.find(RequestExchange, { where: { requestId: In(requestIds) }, order: { createdAt: 'ASC' } }),
  ]);
  const visibleChoices = choices.filter((choice) => !asMentor || choice.mentorId === asMentor);
  const visibleRanks = new Set(visibleChoices.map((choice) => `${choice.requestId}:${choice.rank}`));
  const visibleExchanges = exchanges.filter((exchange) =>
    visibleRanks.has(`${exchange.requestId}:${exchange.rank}`),
  );
  const person = await personRefs(manager, [
    ...requests.map((request) => request.menteeId),
    ...visibleChoices.map((choice) => choice.mentorId),
  ]);
  return requests.map((request) => ({
    id: request.id,
    programmeId: request.programmeId,
    mode: request.mode,
    status: request.status,
    mentee: person(request.menteeId),
    message: request.message,
    choices: visibleChoices
      .filter((choice) => choice.requestId === request.id)
      .map((choice): RequestChoiceView => ({
        rank: choice.rank,
        mentor: person(choice.mentorId),
        outcome: choice.outcome,
        sentAt: iso(choice.sentAt),
        expiresAt: iso(choice.expiresAt),
        answeredAt: iso(choice.answeredAt),
        declineReason: choice.declineReason,
        declineNote: choice.declineNote,
      })),
    exchanges: visibleExchanges
      .filter((exchange) => exchange.requestId === request.id)
      .map((exchange): RequestExchangeView => ({
        from: exchange.authorSide,
        text: exchange.text,
        at: exchange.createdAt.toISOString(),
      })),
    mentorshipId: request.mentorshipId,
    createdAt: request.createdAt.toISOString(),
    updatedAt: request.updatedAt.toISOString(),
  }));
}

/** One request, in full or (`asMentor`) as that mentor sees it. */
export async function requestView(
  manager: EntityManager,
  request: MentoringRequest,
  asMentor?: string,
): Promise<MentoringRequestView> {
  const [view] = await requestViews(manager, [request], asMentor);
  return view!;
}
