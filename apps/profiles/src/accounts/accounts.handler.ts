import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  CHANGE_MY_PASSWORD,
  ChangeMyPasswordRequest,
  GET_MY_ACCOUNT,
  REGISTER_ACCOUNT,
  RegisterAccountRequest,
  UPDATE_MY_ACCOUNT,
  UpdateMyAccountRequest,
  type AccountView,
  type ChangeMyPasswordReply,
} from '@passerelle/contracts';
import { Actor, type ActorRef } from '@passerelle/nest-common';
import { AccountsService } from './accounts.service.js';

@Controller()
export class AccountsHandler {
  constructor(private readonly accounts: AccountsService) {}

  @MessagePattern(REGISTER_ACCOUNT)
  register(@Payload() request: RegisterAccountRequest): Promise<AccountView> {
    return this.accounts.register(request);
  }

  @MessagePattern(GET_MY_ACCOUNT)
  getMine(@Actor() actor: ActorRef): Promise<AccountView> {
    return this.accounts.getOwn(actor);
  }

  @MessagePattern(UPDATE_MY_ACCOUNT)
  updateMine(@Actor() actor: ActorRef, @Payload() changes: UpdateMyAccountRequest): Promise<AccountView> {
    return this.accounts.updateOwn(actor, changes);
  }

  @MessagePattern(CHANGE_MY_PASSWORD)
  changeMyPassword(
    @Actor() actor: ActorRef,
    @Payload() request: ChangeMyPasswordRequest,
  ): Promise<ChangeMyPasswordReply> {
    return this.accounts.changePassword(actor, request);
  }
}
