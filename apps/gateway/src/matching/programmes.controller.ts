import { Controller, Get, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { LIST_PROGRAMMES, ProgrammeList } from '@passerelle/contracts';
import type { ActorRef } from '@passerelle/nest-common';
import { CurrentActor } from '../auth/actor.decorator.js';
import { JwtAuthGuard } from '../auth/jwt-auth.guard.js';
import { ServicesClient } from '../rpc/services.client.js';

/** The mentoring programmes, for anyone signed in (a request names its programme). */
@ApiTags('matching')
@ApiBearerAuth()
@Controller('api/v1/matching/programmes')
@UseGuards(JwtAuthGuard)
export class ProgrammesController {
  constructor(private readonly services: ServicesClient) {}

  @Get()
  @ApiOperation({ summary: 'The programmes (classic and reverse mentoring, and any staff added)' })
  @ApiOkResponse({ type: ProgrammeList })
  list(@CurrentActor() actor: ActorRef): Promise<ProgrammeList> {
    return this.services.call(LIST_PROGRAMMES, {}, actor);
  }
}
