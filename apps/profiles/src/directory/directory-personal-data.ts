import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { PersonalDataPart } from '../privacy/personal-data-part.js';
import { PersonalDataRegistry } from '../privacy/personal-data.registry.js';
import { DirectoryDocument } from './directory-document.entity.js';
import { MentorActivity } from './mentor-activity.entity.js';

/**
 * The directory keeps the mentor's activity facts and the search documents.
 * The documents are copies of the profile, so the export gives the facts only;
 * erasure removes both, and the erased person leaves the directory at once.
 */
@Injectable()
export class DirectoryPersonalData implements PersonalDataPart, OnModuleInit {
  readonly name = 'mentorActivity';

  constructor(private readonly registry: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async export(
    manager: EntityManager,
    accountId: string,
  ): Promise<{ activeMentees: number; medianResponseHours: number | null } | null> {
    const row = await manager.findOneBy(MentorActivity, { accountId });
    return row && { activeMentees: row.activeMentees, medianResponseHours: row.medianResponseHours };
  }

  async erase(manager: EntityManager, accountId: string): Promise<void> {
    await manager.delete(MentorActivity, { accountId });
    await manager.delete(DirectoryDocument, { accountId });
  }
}
