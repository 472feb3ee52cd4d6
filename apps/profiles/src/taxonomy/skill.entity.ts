import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { SkillFamily } from './skill-family.entity.js';

/** A skill of the taxonomy, labelled in French and English; ids are stable slugs. */
@Entity({ name: 'skills' })
@Index('skills_family_idx', ['familyId'])
export class Skill {
  @PrimaryColumn({ type: 'varchar', length: 60 }) id!: string;
  @Column({ name: 'family_id', type: 'varchar', length: 60 }) familyId!: string;
  @ManyToOne(() => SkillFamily, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'family_id' })
  family?: Relation<SkillFamily>;
  @Column({ name: 'label_fr', type: 'varchar', length: 120 }) labelFr!: string;
  @Column({ name: 'label_en', type: 'varchar', length: 120 }) labelEn!: string;
  /** Both labels, lower case and without accents, so a search ignores them without an extension. */
  @Column({ name: 'search_text', type: 'text' }) searchText!: string;
}
