import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { Account } from '../accounts/account.entity.js';

/**
 * One refresh token. Tokens of one sign-in form a family (the session): each
 * use rotates to a new token of the same family, and presenting a used token
 * again means it leaked, so the whole family is revoked.
 */
@Entity({ name: 'refresh_tokens' })
@Index('refresh_tokens_family_idx', ['familyId'])
@Index('refresh_tokens_account_idx', ['accountId'])
export class RefreshToken {
  /** The public half of the token; the secret half is only stored hashed. */
  @PrimaryColumn('uuid') id!: string;

  @Column({ name: 'family_id', type: 'uuid' }) familyId!: string;

  @Column({ name: 'account_id', type: 'uuid' }) accountId!: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account!: Relation<Account>;

  /** SHA-256 of the secret: the secret has 256 bits of entropy, so a slow hash adds nothing. */
  @Column({ name: 'secret_hash', type: 'char', length: 64 }) secretHash!: string;

  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt!: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true }) usedAt!: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true }) revokedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
