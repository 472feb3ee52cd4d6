import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { LIST_AUDIT_ENTRIES, ListAuditEntriesRequest, type AuditEntryPage } from '@passerelle/contracts';
import { Actor, type ActorRef } from '@passerelle/nest-common';
import { AuditTrail } from './audit-trail.js';

@Controller()
export class AuditHandler {
  constructor(private readonly trail: AuditTrail) {}

  @MessagePattern(LIST_AUDIT_ENTRIES)
  list(@Actor() actor: ActorRef, @Payload() query: ListAuditEntriesRequest): Promise<AuditEntryPage> {
    return this.trail.list(actor, query);
  }
}
