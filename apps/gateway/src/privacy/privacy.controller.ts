import { Body, Controller, Delete, Get, HttpCode, Inject, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { FastifyReply } from 'fastify';
import {
  ERASE_MY_ACCOUNT,
  EraseMyAccountReply,
  EraseMyAccountRequest,
  EXPORT_MY_DATA,
  PersonalDataExport,
} from '@passerelle/contracts';
import type { ActorRef } from '@passerelle/nest-common';
import { CurrentActor } from '../auth/actor.decorator.js';
import { JwtAuthGuard } from '../auth/jwt-auth.guard.js';
import { clearRefreshCookie } from '../auth/refresh-cookie.js';
import type { GatewayConfig } from '../config/gateway.config.js';
import { ServicesClient } from '../rpc/services.client.js';
import { GATEWAY_CONFIG } from '../tokens.js';

/** `passerelle-data-2026-11-23.json`: the date of the export, in UTC. */
export function exportFileName(exportedAt: string): string {
  return `passerelle-data-${exportedAt.slice(0, 10)}.json`;
}

/** The signed-in person's rights over their data: download it all, delete the account. */
@ApiTags('me')
@ApiBearerAuth()
@Controller('api/v1/me')
@UseGuards(JwtAuthGuard)
export class PrivacyController {
  constructor(
    private readonly services: ServicesClient,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
  ) {}

  /** Everything Passerelle holds about me, as a JSON file to save. */
  @Get('data')
  @ApiProduces('application/json')
  @ApiOkResponse({
    type: PersonalDataExport,
    description: 'Sent as an attachment (passerelle-data-YYYY-MM-DD.json)',
  })
  async download(
    @CurrentActor() actor: ActorRef,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PersonalDataExport> {
    const exported = await this.services.call<PersonalDataExport>(EXPORT_MY_DATA, {}, actor);
    void reply
      .header('content-disposition', `attachment; filename="${exportFileName(exported.exportedAt)}"`)
      // Personal data: never kept by a shared cache or the browser's.
      .header('cache-control', 'no-store');
    return exported;
  }

  /**
   * Deletes my account (needs the current password): personal fields are
   * anonymised, every session ends and other services are told. Rate-limited
   * like sign-in, since it checks a password.
   */
  @Delete()
  @HttpCode(200)
  @UseGuards(ThrottlerGuard)
  @ApiOkResponse({ type: EraseMyAccountReply })
  async erase(
    @CurrentActor() actor: ActorRef,
    @Body() request: EraseMyAccountRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<EraseMyAccountReply> {
    const erased = await this.services.call<EraseMyAccountReply>(ERASE_MY_ACCOUNT, request, actor);
    clearRefreshCookie(reply, this.config.COOKIE_SECURE);
    return erased;
  }
}
