import { Body, Controller, Get, Param, Patch, UseGuards } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import {
  GET_PROGRAMME,
  ProgrammeIdParam,
  ProgrammeSettingsBody,
  ProgrammeView,
  Role,
  UPDATE_PROGRAMME_SETTINGS,
} from '@passerelle/contracts';
import type { ActorRef } from '@passerelle/nest-common';
import { CurrentActor } from '../auth/actor.decorator.js';
import { JwtAuthGuard } from '../auth/jwt-auth.guard.js';
import { Roles } from '../auth/roles.guard.js';
import { ServicesClient } from '../rpc/services.client.js';

/** Staff: a programme's score weights and timings (matching checks the role again and audits changes). */
@ApiTags('staff')
@ApiBearerAuth()
@Controller('api/v1/staff/matching/programmes')
@UseGuards(JwtAuthGuard)
@Roles(Role.Staff, Role.Admin)
@ApiForbiddenResponse({ description: 'Staff only' })
export class StaffProgrammesController {
  constructor(private readonly services: ServicesClient) {}

  @Get(':programmeId')
  @ApiOperation({
    summary: 'One programme with the weights in force (the defaults until changed) and its timings',
  })
  @ApiOkResponse({ type: ProgrammeView })
  @ApiNotFoundResponse({ description: 'No such programme' })
  get(@CurrentActor() actor: ActorRef, @Param() ref: ProgrammeIdParam): Promise<ProgrammeView> {
    return this.services.call(GET_PROGRAMME, ref, actor);
  }

  @Patch(':programmeId')
  @ApiOperation({
    summary:
      'Change the weights (all nine parts, at least one above 0) and timings; fields left out keep their value',
  })
  @ApiOkResponse({ type: ProgrammeView })
  @ApiBadRequestResponse({
    description: 'VALIDATION_FAILED, naming the field (`weights.skills`, `weights`, …)',
  })
  @ApiNotFoundResponse({ description: 'No such programme' })
  update(
    @CurrentActor() actor: ActorRef,
    @Param() ref: ProgrammeIdParam,
    @Body() body: ProgrammeSettingsBody,
  ): Promise<ProgrammeView> {
    return this.services.call(UPDATE_PROGRAMME_SETTINGS, { ...body, programmeId: ref.programmeId }, actor);
  }
}
