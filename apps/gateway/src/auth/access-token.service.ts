import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { AuthenticatedSession, Role, SessionGrant } from '@passerelle/contracts';
import type { GatewayConfig } from '../config/gateway.config.js';
import { GATEWAY_CONFIG } from '../tokens.js';

/** Claims of an access token: who (sub), as what (role), in which session (sid). */
export interface AccessTokenClaims {
  sub: string;
  role: Role;
  sid: string;
}

export const ACCESS_TOKEN_ALGORITHM = 'HS256';
export const ACCESS_TOKEN_ISSUER = 'passerelle';
export const ACCESS_TOKEN_AUDIENCE = 'passerelle-api';

@Injectable()
export class AccessTokenService {
  constructor(
    private readonly jwt: JwtService,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
  ) {}

  /** The HTTP answer for a session grant: a short-lived access token and the account. */
  async authenticatedSession(grant: SessionGrant): Promise<AuthenticatedSession> {
    const claims: AccessTokenClaims = {
      sub: grant.account.id,
      role: grant.account.role,
      sid: grant.sessionId,
    };
    const accessToken = await this.jwt.signAsync(claims, {
      secret: this.config.JWT_SECRET,
      algorithm: ACCESS_TOKEN_ALGORITHM,
      expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS,
      issuer: ACCESS_TOKEN_ISSUER,
      audience: ACCESS_TOKEN_AUDIENCE,
    });
    return { accessToken, expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS, account: grant.account };
  }
}
