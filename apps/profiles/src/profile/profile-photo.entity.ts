import { Column, Entity, UpdateDateColumn } from 'typeorm';
import { OwnedByAccount } from './owned-by-account.js';

/**
 * The profile photo, already resized to 256×256 WebP (a few tens of kB).
 * Kept in the database rather than on disk: services are stateless replicas
 * with no shared volume, and export, erasure and backups then cover it too.
 */
@Entity({ name: 'profile_photos' })
export class ProfilePhoto extends OwnedByAccount {
  @Column({ name: 'mime_type', type: 'varchar', length: 40 }) mimeType!: string;
  @Column({ type: 'bytea' }) content!: Buffer;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
