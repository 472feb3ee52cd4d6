import type { DataSource } from 'typeorm';
import {
  DEFAULT_MEETING_MINUTES_PER_MONTH,
  DEFAULT_MENTORSHIP_MONTHS,
  DEFAULT_REQUEST_EXPIRY_DAYS,
  DEFAULT_STALLED_AFTER_DAYS,
} from '@passerelle/contracts';
import { Programme } from './programme.entity.js';

/** The two programmes every association starts with; staff may add more. */
const DEFAULT_PROGRAMMES: Pick<Programme, 'code' | 'mode' | 'nameFr' | 'nameEn'>[] = [
  { code: 'mentorat', mode: 'classic', nameFr: 'Mentorat', nameEn: 'Mentoring' },
  { code: 'mentorat-inverse', mode: 'reverse', nameFr: 'Mentorat inversé', nameEn: 'Reverse mentoring' },
];

export interface ProgrammeDefaults {
  requestExpiryDays?: number;
  stalledAfterDays?: number;
}

/** Creates the default programmes if missing (idempotent, safe with replicas starting together). */
export async function ensureDefaultProgrammes(
  dataSource: DataSource,
  defaults: ProgrammeDefaults = {},
): Promise<void> {
  await dataSource
    .createQueryBuilder()
    .insert()
    .into(Programme)
    .values(
      DEFAULT_PROGRAMMES.map((programme) => ({
        ...programme,
        weights: {},
        requestExpiryDays: defaults.requestExpiryDays ?? DEFAULT_REQUEST_EXPIRY_DAYS,
        stalledAfterDays: defaults.stalledAfterDays ?? DEFAULT_STALLED_AFTER_DAYS,
        meetingMinutesPerMonth: DEFAULT_MEETING_MINUTES_PER_MONTH,
        durationMonths: DEFAULT_MENTORSHIP_MONTHS,
      })),
    )
    .orIgnore()
    .execute();
}
