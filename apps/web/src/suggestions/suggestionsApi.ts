// Type-only imports of the contracts (the classes would bundle class-validator).
import type {
  CreateMentoringRequest,
  MentoringRequestView,
  MentorSuggestion,
  ProgrammeList,
  ProgrammeSummary,
  SuggestionList,
} from '@passerelle/contracts';
import { api } from '../api/client';

export type { MentorSuggestion, ProgrammeSummary, SuggestionList };

export const suggestionsApi = {
  programmes: () => api.call<ProgrammeList>('GET', '/matching/programmes'),
  /** `query` holds programmeId, locale and the filters chosen, as the page's address does. */
  list: (query: URLSearchParams) =>
    api.call<SuggestionList>('GET', `/matching/suggestions?${query.toString()}`),
  sendRequest: (body: CreateMentoringRequest) =>
    api.call<MentoringRequestView>('POST', '/matching/requests', body),
};
