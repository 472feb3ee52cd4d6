import { createSecretKey, type KeyObject } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { AuthenticatedSession, Role, SessionGrant } from '@passerelle/contracts';
import type { GatewayConfig } from '../config/gateway.config.js';
import { ACCESS_TOKEN_KEY, GATEWAY_CONFIG } from '../tokens.js';

/** Claims of an access token: who (sub), as what (role), in which session (sid). */
export interface AccessTokenClaims {
  sub: string;
  role: Role;
  sid: string;
}

export const ACCESS_TOKEN_ALGORITHM = 'HS256';
export const ACCESS_TOKEN_ISSUER = 'passerelle';
export const ACCESS_TOKEN_AUDIENCE = 'passerelle-api';

/**
 * The HMAC key, built once. Given the secret as a string, jsonwebtoken tries
 * to parse it as a public key on every verification, which measured as a third
 * of the gateway's CPU under load.
 */
export function accessTokenKey(config: Pick<GatewayConfig, 'JWT_SECRET'>): KeyObject {
  return createSecretKey(Buffer.from(config.JWT_SECRET, 'utf8'));
}

@Injectable()
export class AccessTokenService {
  constructor(
    private readonly jwt: JwtService,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
    @Inject(ACCESS_TOKEN_KEY) private readonly key: KeyObject,
  ) {}

  /** The HTTP answer for a session grant: a short-lived access token and the account. */
  async authenticatedSession(grant: SessionGrant): Promise<AuthenticatedSession> {
    const claims: AccessTokenClaims = {
      sub: grant.account.id,
      role: grant.account.role,
      sid: grant.sessionId,
    };
    const accessToken = await this.jwt.signAsync(claims, {
      privateKey: this.key,
      algorithm: ACCESS_TOKEN_ALGORITHM,
      expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS,
      issuer: ACCESS_TOKEN_ISSUER,
      audience: ACCESS_TOKEN_AUDIENCE,
    });
    return { accessToken, expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS, account: grant.account };
  }
}
