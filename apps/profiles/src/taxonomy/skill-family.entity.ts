import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A group of skills ("Data & analytics"); ids are stable slugs. */
@Entity({ name: 'skill_families' })
export class SkillFamily {
  @PrimaryColumn({ type: 'varchar', length: 60 }) id!: string;
  @Column({ name: 'label_fr', type: 'varchar', length: 120 }) labelFr!: string;
  @Column({ name: 'label_en', type: 'varchar', length: 120 }) labelEn!: string;
  @Column({ type: 'smallint', default: 0 }) position!: number;
}
