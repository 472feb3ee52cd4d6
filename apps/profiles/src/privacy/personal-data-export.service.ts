import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { PERSONAL_DATA_EXPORT_FORMAT, type PersonalDataExport } from '@passerelle/contracts';
import type { ActorRef } from '@passerelle/nest-common';
import { DATA_SOURCE } from '../tokens.js';
import { PersonalDataRegistry } from './personal-data.registry.js';

/** "Download all my data": every registered part of the actor's data, read at one instant. */
@Injectable()
export class PersonalDataExportService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly registry: PersonalDataRegistry,
  ) {}

  async exportOwn(actor: ActorRef): Promise<PersonalDataExport> {
    // One REPEATABLE READ snapshot, so the parts agree with each other even if the person edits meanwhile.
    const parts = await this.dataSource.transaction('REPEATABLE READ', (manager) =>
      this.registry.exportAll(manager, actor.userId),
    );
    return {
      format: PERSONAL_DATA_EXPORT_FORMAT,
      accountId: actor.userId,
      exportedAt: new Date().toISOString(),
      parts,
    };
  }
}
