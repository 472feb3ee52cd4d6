import type { EntityManager } from 'typeorm';
import { CharterVersion } from './charter-version.entity.js';
import { FIRST_CHARTER } from './charter-first-version.js';
import { TRAINING_CATALOGUE } from './training-catalogue.js';
import { TrainingModule } from './training-module.entity.js';

/**
 * Brings the training modules up to date with TRAINING_CATALOGUE and publishes
 * the first charter version if there is none. Idempotent, so every start runs it;
 * later charter versions are staff's, never overwritten here.
 */
export async function loadOnboardingCatalogue(manager: EntityManager): Promise<void> {
  await manager.transaction(async (transaction) => {
    await transaction.upsert(
      TrainingModule,
      TRAINING_CATALOGUE.map((module, position) => ({ ...module, position })),
      ['id'],
    );
    await transaction
      .createQueryBuilder()
      .insert()
      .into(CharterVersion)
      .values({ version: 1, ...FIRST_CHARTER, publishedBy: null })
      .orIgnore()
      .execute();
  });
}
