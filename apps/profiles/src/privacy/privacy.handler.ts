import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  ERASE_MY_ACCOUNT,
  EraseMyAccountRequest,
  EXPORT_MY_DATA,
  type EraseMyAccountReply,
  type PersonalDataExport,
} from '@passerelle/contracts';
import { Actor, type ActorRef } from '@passerelle/nest-common';
import { AccountErasureService } from './account-erasure.service.js';
import { PersonalDataExportService } from './personal-data-export.service.js';

/** The person's rights over their own data: access (export) and erasure. */
@Controller()
export class PrivacyHandler {
  constructor(
    private readonly exports: PersonalDataExportService,
    private readonly erasure: AccountErasureService,
  ) {}

  @MessagePattern(EXPORT_MY_DATA)
  exportMine(@Actor() actor: ActorRef): Promise<PersonalDataExport> {
    return this.exports.exportOwn(actor);
  }

  @MessagePattern(ERASE_MY_ACCOUNT)
  eraseMine(
    @Actor() actor: ActorRef,
    @Payload() request: EraseMyAccountRequest,
  ): Promise<EraseMyAccountReply> {
    return this.erasure.eraseOwn(actor, request);
  }
}
