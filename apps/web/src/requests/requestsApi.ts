// Type-only imports of the contracts (the classes would bundle class-validator).
import type {
  DeclineRequestBody,
  IncomingRequestPage,
  IncomingRequestView,
  MentoringRequestPage,
  MentoringRequestView,
  RequestListState,
} from '@passerelle/contracts';
import { api } from '../api/client';

export type { IncomingRequestView, MentoringRequestPage, MentoringRequestView, RequestListState };
export type RequestChoice = MentoringRequestView['choices'][number];

const base = '/matching/requests';
const one = (requestId: string) => `${base}/${encodeURIComponent(requestId)}`;
const pageQuery = (entries: Record<string, string | number | undefined>) =>
  new URLSearchParams(
    Object.entries(entries).flatMap(([key, value]) => (value === undefined ? [] : [[key, String(value)]])),
  ).toString();

export const requestsApi = {
  mine: (page: number, state?: RequestListState) =>
    api.call<MentoringRequestPage>('GET', `${base}/mine?${pageQuery({ page, state, pageSize: PAGE_SIZE })}`),
  incoming: (page: number, locale: string) =>
    api.call<IncomingRequestPage>(
      'GET',
      `${base}/incoming?${pageQuery({ page, locale, pageSize: PAGE_SIZE })}`,
    ),
  answer: (requestId: string, text: string) =>
    api.call<MentoringRequestView>('POST', `${one(requestId)}/answers`, { text }),
  withdraw: (requestId: string) => api.call<MentoringRequestView>('POST', `${one(requestId)}/withdraw`, {}),
  accept: (requestId: string) => api.call<MentoringRequestView>('POST', `${one(requestId)}/accept`, {}),
  decline: (requestId: string, body: DeclineRequestBody) =>
    api.call<MentoringRequestView>('POST', `${one(requestId)}/decline`, body),
  ask: (requestId: string, text: string) =>
    api.call<MentoringRequestView>('POST', `${one(requestId)}/questions`, { text }),
};

export const PAGE_SIZE = 10;
