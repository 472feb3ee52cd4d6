import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { PersonalDataPart } from './personal-data-part.js';

/**
 * The list of every PersonalDataPart of the service.
 *
 * How to register a part: make the part a provider of ProfilesModule, inject
 * the registry and call `register(this)` in `onModuleInit`:
 *
 * ```ts
 * @Injectable()
 * export class AlumnusProfilePersonalData implements PersonalDataPart, OnModuleInit {
 *   readonly name = 'alumnusProfile';
 *   constructor(private readonly registry: PersonalDataRegistry) {}
 *   onModuleInit(): void { this.registry.register(this); }
 *   export(manager, accountId) { ... }
 *   erase(manager, accountId) { ... }
 * }
 * ```
 *
 * Nest has no multi-providers, and a register() call keeps each part in its
 * own feature folder without a central list to edit. Nest runs every
 * onModuleInit before the service takes requests, so the list is complete by
 * the first export or erasure.
 */
@Injectable()
export class PersonalDataRegistry {
  private readonly parts: PersonalDataPart[] = [];

  register(part: PersonalDataPart): void {
    // Nest may run init hooks more than once (a microservice's init and listen): the same part again is a no-op.
    if (this.parts.includes(part)) return;
    if (this.parts.some((registered) => registered.name === part.name)) {
      // Two parts under one key would overwrite each other in the export.
      throw new Error(`A personal data part named "${part.name}" is already registered`);
    }
    this.parts.push(part);
  }

  /** Names in registration order, for the tests and the export's table of contents. */
  names(): string[] {
    return this.parts.map((part) => part.name);
  }

  /** Every part's data of the account, keyed by part name. */
  async exportAll(manager: EntityManager, accountId: string): Promise<Record<string, unknown>> {
    const exported: Record<string, unknown> = {};
    for (const part of this.parts) exported[part.name] = await part.export(manager, accountId);
    return exported;
  }

  /**
   * Erases every part, the last registered first: parts registered later may
   * depend on earlier ones (a profile on its account), like a stack unwinding.
   */
  async eraseAll(manager: EntityManager, accountId: string): Promise<void> {
    for (const part of [...this.parts].reverse()) await part.erase(manager, accountId);
  }
}
