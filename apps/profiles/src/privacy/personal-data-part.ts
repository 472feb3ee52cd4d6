import type { EntityManager } from 'typeorm';

/**
 * What one feature stores about a person, for the right of access (export)
 * and the right to erasure. Every feature that keeps personal data provides
 * one part and registers it with the PersonalDataRegistry, so "download my
 * data" and "delete my account" cover every table without knowing them.
 *
 * Both methods run inside the caller's transaction (`manager`), so an
 * erasure is all or nothing.
 */
export interface PersonalDataPart {
  /** Key of this part in the exported file (`account`, `sessions`, `alumnusProfile`...); unique. */
  readonly name: string;
  /**
   * Plain JSON data the person may read about themselves. Never secrets
   * (password or token hashes) and never other people's personal data.
   */
  export(manager: EntityManager, accountId: string): Promise<unknown>;
  /**
   * Deletes or anonymises this part's personal data of the account. Must be
   * idempotent: an erasure retried after a lost reply runs it again.
   */
  erase(manager: EntityManager, accountId: string): Promise<void>;
}
