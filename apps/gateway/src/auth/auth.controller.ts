import { Body, Controller, HttpCode, Inject, Post, Req, Res, UseGuards } from '@nestjs/common';
import {
  ApiBody,
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Throttle, ThrottlerGuard } from '@nestjs/throttler';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  AuthenticatedSession,
  END_SESSION,
  ErrorCode,
  REFRESH_SESSION,
  REGISTER_ACCOUNT,
  RegisterAccountRequest,
  START_SESSION,
  StartSessionRequest,
  type AccountView,
  type SessionGrant,
} from '@passerelle/contracts';
import { DomainError } from '@passerelle/nest-common';
import type { GatewayConfig } from '../config/gateway.config.js';
import { ServicesClient } from '../rpc/services.client.js';
import { GATEWAY_CONFIG } from '../tokens.js';
import { AccessTokenService } from './access-token.service.js';
import { LocalAuthGuard } from './local.strategy.js';
import { clearRefreshCookie, readRefreshCookie, REFRESH_COOKIE, setRefreshCookie } from './refresh-cookie.js';

@ApiTags('auth')
@Controller('api/v1/auth')
@UseGuards(ThrottlerGuard)
export class AuthController {
  constructor(
    private readonly services: ServicesClient,
    private readonly accessTokens: AccessTokenService,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
  ) {}

  /** Sign-up as a student or an alumnus; signs the new person in. */
  @Post('register')
  @ApiCreatedResponse({ type: AuthenticatedSession })
  async register(
    @Body() request: RegisterAccountRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AuthenticatedSession> {
    await this.services.call<AccountView>(REGISTER_ACCOUNT, request);
    const grant = await this.services.call<SessionGrant>(START_SESSION, {
      email: request.email,
      password: request.password,
    });
    return this.answerWithSession(grant, reply);
  }

  @Post('login')
  @HttpCode(200)
  @UseGuards(LocalAuthGuard)
  @ApiBody({ type: StartSessionRequest })
  @ApiOkResponse({ type: AuthenticatedSession })
  login(
    @Req() request: FastifyRequest & { user: SessionGrant },
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AuthenticatedSession> {
    return this.answerWithSession(request.user, reply);
  }

  /** Trades the refresh cookie for a new access token (and a new refresh cookie). */
  @Post('refresh')
  @HttpCode(200)
  // Refresh runs on every page load and token expiry; it has its own, wider budget.
  @Throttle({ default: { limit: 120, ttl: 60_000 } })
  @ApiCookieAuth(REFRESH_COOKIE)
  @ApiOkResponse({ type: AuthenticatedSession })
  async refresh(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AuthenticatedSession> {
    const refreshToken = readRefreshCookie(request);
    if (!refreshToken) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'You are not signed in');
    try {
      const grant = await this.services.call<SessionGrant>(REFRESH_SESSION, { refreshToken });
      return await this.answerWithSession(grant, reply);
    } catch (error) {
      if (error instanceof DomainError && error.code === ErrorCode.UNAUTHENTICATED) {
        clearRefreshCookie(reply, this.config.COOKIE_SECURE);
      }
      throw error;
    }
  }

  @Post('logout')
  @HttpCode(204)
  @ApiCookieAuth(REFRESH_COOKIE)
  @ApiNoContentResponse()
  async logout(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    const refreshToken = readRefreshCookie(request);
    if (refreshToken) await this.services.call(END_SESSION, { refreshToken });
    clearRefreshCookie(reply, this.config.COOKIE_SECURE);
  }

  private async answerWithSession(grant: SessionGrant, reply: FastifyReply): Promise<AuthenticatedSession> {
    setRefreshCookie(reply, grant, this.config.COOKIE_SECURE);
    return this.accessTokens.authenticatedSession(grant);
  }
}
