import type { EntityManager } from 'typeorm';
import { ErrorCode } from '@passerelle/contracts';
import { DomainError } from '@passerelle/nest-common';
import { Programme } from './programme.entity.js';

/** The programme, or NOT_FOUND naming the field. */
export async function findProgramme(manager: EntityManager, programmeId: string): Promise<Programme> {
  const programme = await manager.findOneBy(Programme, { id: programmeId });
  if (!programme) {
    throw new DomainError(ErrorCode.NOT_FOUND, 'programmeId: there is no programme with this id', {
      programmeId,
    });
  }
  return programme;
}
