import { Column, CreateDateColumn, Entity, UpdateDateColumn } from 'typeorm';
import { OwnedByAccount } from './owned-by-account.js';

/** Staff and admins: their department and what they may run. */
@Entity({ name: 'staff_profiles' })
export class StaffProfile extends OwnedByAccount {
  @Column({ type: 'varchar', length: 120, nullable: true }) department!: string | null;
  @Column({ name: 'can_run_programmes', type: 'boolean', default: false }) canRunProgrammes!: boolean;
  @Column({ name: 'can_run_events', type: 'boolean', default: false }) canRunEvents!: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
