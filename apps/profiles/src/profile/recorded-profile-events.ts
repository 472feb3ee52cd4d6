import type { EntityManager } from 'typeorm';
import { PROFILE_UPDATED } from '@passerelle/contracts';
import { OutboxMessage } from '@passerelle/nest-common';

/**
 * profile.updated events carry the person's name and job title (matching
 * shows them on suggestions). An erasure blanks them in this service's
 * outbox, published or not: an event still waiting goes out anonymised, just
 * before account.erased tells consumers to forget the person. Copies already
 * in the JetStream stream age out with it (EVENTS_MAX_AGE_MS).
 */
export async function anonymiseRecordedProfileEvents(
  manager: EntityManager,
  accountId: string,
): Promise<void> {
  await manager
    .createQueryBuilder()
    .update(OutboxMessage)
    .set({ payload: () => `payload || '{"displayName": "", "jobTitle": null}'::jsonb` })
    .where(`subject = :subject AND payload->>'accountId' = :accountId`, {
      subject: PROFILE_UPDATED,
      accountId,
    })
    .execute();
}
