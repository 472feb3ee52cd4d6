import { JoinColumn, OneToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Account } from '../accounts/account.entity.js';

/** Column options shared by the list columns of profiles: never null, empty by default. */
export const listColumn = (name: string) =>
  ({ name, type: 'varchar', length: 40, array: true, default: () => "'{}'" }) as const;

/** A table with one row per account: its primary key is the account id and it goes with the account. */
export abstract class OwnedByAccount {
  @PrimaryColumn({ name: 'account_id', type: 'uuid' }) accountId!: string;

  @OneToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: Relation<Account>;
}
