import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { LIST_STALLED_MENTORSHIPS, PageQuery, Role, StalledMentorshipPage } from '@passerelle/contracts';
import type { ActorRef } from '@passerelle/nest-common';
import { CurrentActor } from '../auth/actor.decorator.js';
import { JwtAuthGuard } from '../auth/jwt-auth.guard.js';
import { Roles } from '../auth/roles.guard.js';
import { ApiQueryFrom } from '../openapi/api-query-from.js';
import { ServicesClient } from '../rpc/services.client.js';

/** Staff: pairs with no session and no message for their programme's stalled delay. */
@ApiTags('staff')
@ApiBearerAuth()
@Controller('api/v1/staff/matching/mentorships')
@UseGuards(JwtAuthGuard)
@Roles(Role.Staff, Role.Admin)
export class StalledMentorshipsController {
  constructor(private readonly services: ServicesClient) {}

  @Get('stalled')
  @ApiOperation({ summary: 'Active pairs without activity for the stalled delay, longest silence first' })
  @ApiQueryFrom(PageQuery)
  @ApiOkResponse({ type: StalledMentorshipPage })
  @ApiForbiddenResponse({ description: 'Staff only' })
  list(@CurrentActor() actor: ActorRef, @Query() query: PageQuery): Promise<StalledMentorshipPage> {
    return this.services.call(LIST_STALLED_MENTORSHIPS, query, actor);
  }
}
