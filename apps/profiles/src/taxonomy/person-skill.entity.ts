import { Check, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Account } from '../accounts/account.entity.js';
import { Skill } from './skill.entity.js';

/** `has`: a skill an alumnus offers; `to-develop`: a skill a student wants to build. */
export const PERSON_SKILL_KINDS = ['has', 'to-develop'] as const;
export type PersonSkillKind = (typeof PERSON_SKILL_KINDS)[number];

@Entity({ name: 'person_skills' })
@Index('person_skills_skill_idx', ['skillId', 'kind'])
@Check('person_skills_kind', `"kind" IN ('has', 'to-develop')`)
export class PersonSkill {
  @PrimaryColumn({ name: 'account_id', type: 'uuid' }) accountId!: string;
  @PrimaryColumn({ name: 'skill_id', type: 'varchar', length: 60 }) skillId!: string;
  @PrimaryColumn({ type: 'varchar', length: 20 }) kind!: PersonSkillKind;
  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: Relation<Account>;
  @ManyToOne(() => Skill, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'skill_id' })
  skill?: Relation<Skill>;
}
