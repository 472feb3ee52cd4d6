// Type-only imports of the contracts (the classes would bundle class-validator).
import type { ProgrammeList, ProgrammeSettingsBody, ProgrammeView } from '@passerelle/contracts';
import { api } from '../api/client';

export type { ProgrammeSettingsBody, ProgrammeView };

const one = (programmeId: string) => `/staff/matching/programmes/${encodeURIComponent(programmeId)}`;

export const weightsApi = {
  programmes: () => api.call<ProgrammeList>('GET', '/matching/programmes'),
  get: (programmeId: string) => api.call<ProgrammeView>('GET', one(programmeId)),
  save: (programmeId: string, body: ProgrammeSettingsBody) =>
    api.call<ProgrammeView>('PATCH', one(programmeId), body),
};
