import type { EntityManager } from 'typeorm';
import { normaliseTag, SKILL_CATALOGUE } from '@passerelle/contracts';
import { SkillFamily } from './skill-family.entity.js';
import { Skill } from './skill.entity.js';

/**
 * Brings the skill tables up to date with SKILL_CATALOGUE: adds new families
 * and skills, rewrites labels. Never deletes (profiles point at the ids).
 * Idempotent, so every start runs it.
 */
export async function loadSkillCatalogue(manager: EntityManager): Promise<void> {
  const families = SKILL_CATALOGUE.map((family, position) => ({
    id: family.id,
    labelFr: family.fr,
    labelEn: family.en,
    position,
  }));
  const skills = SKILL_CATALOGUE.flatMap((family) =>
    family.skills.map(([id, labelFr, labelEn]) => ({
      id,
      familyId: family.id,
      labelFr,
      labelEn,
      searchText: normaliseTag(`${labelFr} ${labelEn}`),
    })),
  );
  await manager.transaction(async (transaction) => {
    await transaction.upsert(SkillFamily, families, ['id']);
    await transaction.upsert(Skill, skills, ['id']);
  });
}
