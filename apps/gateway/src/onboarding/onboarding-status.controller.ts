import { Body, Controller, Get, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  GET_MY_ONBOARDING,
  MyOnboardingView,
  REQUEST_MENTORSHIP_ROLE,
  RequestMentorshipRoleRequest,
  Role,
} from '@passerelle/contracts';
import type { ActorRef } from '@passerelle/nest-common';
import { CurrentActor } from '../auth/actor.decorator.js';
import { JwtAuthGuard } from '../auth/jwt-auth.guard.js';
import { Roles } from '../auth/roles.guard.js';
import { ServicesClient } from '../rpc/services.client.js';

/** My onboarding: the steps done and missing, and asking to become a mentor. */
@ApiTags('onboarding')
@ApiBearerAuth()
@Controller('api/v1/me/onboarding')
@UseGuards(JwtAuthGuard)
@Roles(Role.Student, Role.Alumnus)
export class OnboardingStatusController {
  constructor(private readonly services: ServicesClient) {}

  @Get()
  @ApiOperation({ summary: 'The onboarding steps done and missing, my mentor status and availability' })
  @ApiOkResponse({ type: MyOnboardingView })
  get(@CurrentActor() actor: ActorRef): Promise<MyOnboardingView> {
    return this.services.call(GET_MY_ONBOARDING, {}, actor);
  }

  @Post('mentor-request')
  @HttpCode(200)
  @Roles(Role.Alumnus)
  @ApiOperation({ summary: 'Alumni: ask to become a mentor (again: no change)' })
  @ApiOkResponse({ type: MyOnboardingView })
  requestMentorship(
    @CurrentActor() actor: ActorRef,
    @Body() request: RequestMentorshipRoleRequest,
  ): Promise<MyOnboardingView> {
    return this.services.call(REQUEST_MENTORSHIP_ROLE, request, actor);
  }
}
