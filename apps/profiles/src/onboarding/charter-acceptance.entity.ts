import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Account } from '../accounts/account.entity.js';
import { CharterVersion } from './charter-version.entity.js';

/** A person accepted one version of the charter, at that time. */
@Entity({ name: 'charter_acceptances' })
export class CharterAcceptance {
  @PrimaryColumn({ name: 'account_id', type: 'uuid' }) accountId!: string;
  @PrimaryColumn({ type: 'integer' }) version!: number;
  @Column({ name: 'accepted_at', type: 'timestamptz', default: () => 'now()' }) acceptedAt!: Date;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account?: Relation<Account>;

  @ManyToOne(() => CharterVersion, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'version' })
  charterVersion?: Relation<CharterVersion>;
}
