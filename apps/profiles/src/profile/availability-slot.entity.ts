import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { Account } from '../accounts/account.entity.js';

/** One weekly slot in the owner's time zone (accounts.time_zone); minutes since midnight, end excluded. */
@Entity({ name: 'availability_slots' })
@Index('availability_slots_account_idx', ['accountId'])
@Check('availability_slots_weekday', `"weekday" BETWEEN 1 AND 7`)
@Check(
  'availability_slots_minutes',
  `"start_minute" >= 0 AND "end_minute" <= 1440 AND "start_minute" < "end_minute"`,
)
export class AvailabilitySlotRow {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'account_id', type: 'uuid' }) accountId!: string;
  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: Relation<Account>;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  @Column({ type: 'smallint' }) weekday!: number;
  @Column({ name: 'start_minute', type: 'smallint' }) startMinute!: number;
  @Column({ name: 'end_minute', type: 'smallint' }) endMinute!: number;
}
