import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** One published version of the ethics and confidentiality charter; versions are never edited. */
@Entity({ name: 'charter_versions' })
export class CharterVersion {
  /** 1, 2, 3...: the highest is the current one. */
  @PrimaryColumn({ type: 'integer' }) version!: number;
  @Column({ name: 'body_fr', type: 'text' }) bodyFr!: string;
  @Column({ name: 'body_en', type: 'text' }) bodyEn!: string;
  @CreateDateColumn({ name: 'published_at', type: 'timestamptz' }) publishedAt!: Date;
  /** Null for the first version, loaded at start. */
  @Column({ name: 'published_by', type: 'uuid', nullable: true }) publishedBy!: string | null;
}
