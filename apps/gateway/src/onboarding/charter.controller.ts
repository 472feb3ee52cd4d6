import { Body, Controller, Get, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import {
  ACCEPT_CHARTER,
  AcceptCharterRequest,
  CharterAcceptanceView,
  CharterStandingRequest,
  CharterStandingView,
  CharterVersionView,
  CurrentCharterView,
  GET_CHARTER_STANDING,
  GET_CURRENT_CHARTER,
  PUBLISH_CHARTER,
  PublishCharterRequest,
  Role,
} from '@passerelle/contracts';
import type { ActorRef } from '@passerelle/nest-common';
import { CurrentActor } from '../auth/actor.decorator.js';
import { JwtAuthGuard } from '../auth/jwt-auth.guard.js';
import { Roles } from '../auth/roles.guard.js';
import { ServicesClient } from '../rpc/services.client.js';

/** The ethics and confidentiality charter: read, accept, and (staff) publish a new version. */
@ApiTags('onboarding')
@ApiBearerAuth()
@Controller('api/v1')
@UseGuards(JwtAuthGuard)
export class CharterController {
  constructor(private readonly services: ServicesClient) {}

  @Get('charter')
  @ApiOperation({ summary: 'The current charter version and whether I accepted it' })
  @ApiOkResponse({ type: CurrentCharterView })
  current(@CurrentActor() actor: ActorRef): Promise<CurrentCharterView> {
    return this.services.call(GET_CURRENT_CHARTER, {}, actor);
  }

  @Post('charter/acceptances')
  @HttpCode(200)
  @Roles(Role.Student, Role.Alumnus)
  @ApiOperation({ summary: 'Accept the current version (again: no change); an older version is a 409' })
  @ApiOkResponse({ type: CharterAcceptanceView })
  @ApiConflictResponse({ description: 'The version accepted is no longer the current one' })
  accept(
    @CurrentActor() actor: ActorRef,
    @Body() request: AcceptCharterRequest,
  ): Promise<CharterAcceptanceView> {
    return this.services.call(ACCEPT_CHARTER, request, actor);
  }

  @Get('staff/people/:accountId/charter')
  @Roles(Role.Staff, Role.Admin)
  @ApiOperation({ summary: 'Staff: whether a member accepted the charter, which version and when' })
  @ApiOkResponse({ type: CharterStandingView })
  @ApiNotFoundResponse({ description: 'There is no member with this id' })
  standing(
    @CurrentActor() actor: ActorRef,
    @Param() ref: CharterStandingRequest,
  ): Promise<CharterStandingView> {
    return this.services.call(GET_CHARTER_STANDING, ref, actor);
  }

  @Post('staff/charter')
  @Roles(Role.Staff, Role.Admin)
  @ApiOperation({ summary: 'Staff: publish the next version; mentors must accept it to stay available' })
  @ApiCreatedResponse({ type: CharterVersionView })
  publish(
    @CurrentActor() actor: ActorRef,
    @Body() request: PublishCharterRequest,
  ): Promise<CharterVersionView> {
    return this.services.call(PUBLISH_CHARTER, request, actor);
  }
}
