import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuditEntryPage, LIST_AUDIT_ENTRIES, ListAuditEntriesRequest, Role } from '@passerelle/contracts';
import type { ActorRef } from '@passerelle/nest-common';
import { CurrentActor } from '../auth/actor.decorator.js';
import { JwtAuthGuard } from '../auth/jwt-auth.guard.js';
import { Roles } from '../auth/roles.guard.js';
import { ServicesClient } from '../rpc/services.client.js';

/** Staff: the audit log of sensitive actions (who, when, what, to whom, why). */
@ApiTags('audit')
@ApiBearerAuth()
@Controller('api/v1/audit')
@UseGuards(JwtAuthGuard)
@Roles(Role.Staff, Role.Admin)
export class AuditController {
  constructor(private readonly services: ServicesClient) {}

  @Get()
  @ApiOkResponse({ type: AuditEntryPage })
  list(@CurrentActor() actor: ActorRef, @Query() query: ListAuditEntriesRequest): Promise<AuditEntryPage> {
    return this.services.call(LIST_AUDIT_ENTRIES, query, actor);
  }
}
