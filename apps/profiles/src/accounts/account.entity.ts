import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { AccountStatus, Locale, Role } from '@passerelle/contracts';

@Entity({ name: 'accounts' })
export class Account {
  @PrimaryGeneratedColumn('uuid') id!: string;

  /** Stored normalised (trimmed, lower case), so uniqueness is case-insensitive. */
  @Column({ type: 'varchar', length: 254, unique: true }) email!: string;

  /** argon2id PHC string; null for an account that has never set a password (imported alumni). */
  @Column({ name: 'password_hash', type: 'text', nullable: true }) passwordHash!: string | null;

  @Column({ name: 'display_name', type: 'varchar', length: 100 }) displayName!: string;

  @Column({ type: 'enum', enum: Role, enumName: 'account_role' }) role!: Role;

  @Column({ type: 'enum', enum: Locale, enumName: 'account_locale', default: Locale.Fr }) locale!: Locale;

  @Column({ name: 'time_zone', type: 'varchar', length: 64 }) timeZone!: string;

  @Column({ type: 'enum', enum: AccountStatus, enumName: 'account_status', default: AccountStatus.Active })
  status!: AccountStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;

  @Column({ name: 'last_active_at', type: 'timestamptz', nullable: true }) lastActiveAt!: Date | null;
}
