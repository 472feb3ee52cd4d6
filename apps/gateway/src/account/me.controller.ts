import { Body, Controller, Get, HttpCode, Patch, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  AccountView,
  CHANGE_MY_PASSWORD,
  ChangeMyPasswordReply,
  ChangeMyPasswordRequest,
  GET_MY_ACCOUNT,
  UPDATE_MY_ACCOUNT,
  UpdateMyAccountRequest,
} from '@passerelle/contracts';
import type { ActorRef } from '@passerelle/nest-common';
import { CurrentActor } from '../auth/actor.decorator.js';
import { JwtAuthGuard } from '../auth/jwt-auth.guard.js';
import { ServicesClient } from '../rpc/services.client.js';

/** The signed-in person's own account. */
@ApiTags('me')
@ApiBearerAuth()
@Controller('api/v1/me')
@UseGuards(JwtAuthGuard)
export class MeController {
  constructor(private readonly services: ServicesClient) {}

  @Get()
  @ApiOkResponse({ type: AccountView })
  get(@CurrentActor() actor: ActorRef): Promise<AccountView> {
    return this.services.call(GET_MY_ACCOUNT, {}, actor);
  }

  @Patch()
  @ApiOkResponse({ type: AccountView })
  update(@CurrentActor() actor: ActorRef, @Body() changes: UpdateMyAccountRequest): Promise<AccountView> {
    return this.services.call(UPDATE_MY_ACCOUNT, changes, actor);
  }

  /** Needs the current password; ends every other session of the account. */
  @Post('password')
  @HttpCode(200)
  @ApiOkResponse({ type: ChangeMyPasswordReply })
  changePassword(
    @CurrentActor() actor: ActorRef,
    @Body() request: ChangeMyPasswordRequest,
  ): Promise<ChangeMyPasswordReply> {
    return this.services.call(CHANGE_MY_PASSWORD, request, actor);
  }
}
