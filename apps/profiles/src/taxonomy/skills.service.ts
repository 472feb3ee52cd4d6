import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import {
  Locale,
  normaliseTag,
  pageOf,
  type SearchSkillsRequest,
  type SkillPage,
  type SkillView,
} from '@passerelle/contracts';
import { invalidField } from '../profile/validation-failure.js';
import { DATA_SOURCE } from '../tokens.js';
import { PersonSkill, type PersonSkillKind } from './person-skill.entity.js';
import { Skill } from './skill.entity.js';

export function toSkillView(skill: Skill): SkillView {
  return {
    id: skill.id,
    familyId: skill.familyId,
    labelFr: skill.labelFr,
    labelEn: skill.labelEn,
    familyLabelFr: skill.family?.labelFr ?? '',
    familyLabelEn: skill.family?.labelEn ?? '',
  };
}

/** The skills taxonomy and who holds (or wants to develop) which skill. */
@Injectable()
export class SkillsService {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  /** Accent- and case-insensitive search in both languages, ordered by the label of `locale`. */
  async search(request: SearchSkillsRequest): Promise<SkillPage> {
    const { page, pageSize, offset } = pageOf(request);
    const labelColumn = request.locale === Locale.En ? 'skill.label_en' : 'skill.label_fr';
    const query = this.dataSource.manager
      .createQueryBuilder(Skill, 'skill')
      .leftJoinAndSelect('skill.family', 'family')
      .orderBy(labelColumn, 'ASC')
      .offset(offset)
      .limit(pageSize);
    const words = normaliseTag(request.q ?? '')
      .split(' ')
      .filter((word) => word !== '');
    words.forEach((word, index) => {
      // Each word must appear; LIKE wildcards typed by the user are matched literally.
      query.andWhere(`skill.search_text LIKE :word${index} ESCAPE '\\'`, {
        [`word${index}`]: `%${word.replace(/[\\%_]/g, '\\$&')}%`,
      });
    });
    if (request.familyId) query.andWhere('skill.family_id = :familyId', { familyId: request.familyId });
    const [skills, total] = await query.getManyAndCount();
    return { items: skills.map(toSkillView), total, page, pageSize };
  }

  /**
   * Replaces a person's skills of one kind. Unknown ids are a 400 on `field`
   * naming them, and nothing is written.
   */
  async replace(
    manager: EntityManager,
    accountId: string,
    kind: PersonSkillKind,
    skillIds: string[],
    field: string,
  ): Promise<void> {
    const known = skillIds.length
      ? await manager.find(Skill, { select: { id: true }, where: { id: In(skillIds) } })
      : [];
    const knownIds = new Set(known.map((skill) => skill.id));
    const unknown = skillIds.filter((id) => !knownIds.has(id));
    if (unknown.length > 0) throw invalidField(field, `unknown skill ids: ${unknown.join(', ')}`);
    await manager.delete(PersonSkill, { accountId, kind });
    if (skillIds.length > 0) {
      await manager.insert(
        PersonSkill,
        skillIds.map((skillId) => ({ accountId, skillId, kind })),
      );
    }
  }

  /** A person's skills of one kind, with their labels, in taxonomy order. */
  async of(manager: EntityManager, accountId: string, kind: PersonSkillKind): Promise<SkillView[]> {
    const skills = await manager
      .createQueryBuilder(Skill, 'skill')
      .innerJoin(PersonSkill, 'link', 'link.skill_id = skill.id')
      .leftJoinAndSelect('skill.family', 'family')
      .where('link.account_id = :accountId AND link.kind = :kind', { accountId, kind })
      .orderBy('family.position', 'ASC')
      .addOrderBy('skill.label_fr', 'ASC')
      .getMany();
    return skills.map(toSkillView);
  }
}
