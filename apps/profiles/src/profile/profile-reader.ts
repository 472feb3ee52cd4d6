import type { EntityManager } from 'typeorm';
import type { ActorRef } from '@passerelle/nest-common';
import { arePartners } from '../mentoring/mentoring-partners.js';
import { readerOf, type Reader } from './field-visibility.js';

/** How the actor relates to the owner of a profile, partnerships included. */
export async function profileReader(
  manager: EntityManager,
  actor: ActorRef,
  ownerId: string,
): Promise<Reader> {
  const reader = readerOf(actor, ownerId);
  if (reader !== 'member') return reader;
  return readerOf(actor, ownerId, await arePartners(manager, actor.userId, ownerId));
}
