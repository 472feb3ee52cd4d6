// Type-only imports of the contracts (the classes would bundle class-validator); the code
// lists come from a subpath without dependencies.
import type {
  AvailabilityView,
  MergeTagsReply,
  MyProfileView,
  PersonProfileView,
  PhotoView,
  SkillPage,
  UpdateMyAvailabilityRequest,
  UpdateMyProfileRequest,
} from '@passerelle/contracts';
import { api } from '../api/client';

export type {
  AlumnusProfileInput,
  AlumnusProfileView,
  AvailabilitySlot,
  MyProfileView,
  PersonProfileView,
  SkillView,
  SmartGoalInput,
  SmartGoalView,
  StaffProfileInput,
  StudentProfileInput,
  StudentProfileView,
  UpdateMyProfileRequest,
} from '@passerelle/contracts';

export const profileApi = {
  mine: () => api.call<MyProfileView>('GET', '/me/profile'),
  updateMine: (body: UpdateMyProfileRequest) => api.call<MyProfileView>('PUT', '/me/profile', body),
  updateAvailability: (body: UpdateMyAvailabilityRequest) =>
    api.call<AvailabilityView>('PUT', '/me/availability', body),
  uploadPhoto: (image: string) => api.call<PhotoView>('PUT', '/me/photo', { image }),
  deletePhoto: () => api.call<void>('DELETE', '/me/photo'),
  person: (accountId: string) =>
    api.call<PersonProfileView>('GET', `/profiles/${encodeURIComponent(accountId)}`),
  searchSkills: (q: string, locale: string, pageSize = 20) =>
    api.call<SkillPage>(
      'GET',
      `/skills?${new URLSearchParams({ q, locale, pageSize: String(pageSize) }).toString()}`,
    ),
  mergeTags: (sourceTagId: string, targetTagId: string) =>
    api.call<MergeTagsReply>('POST', '/tags/merge', { sourceTagId, targetTagId }),
};
