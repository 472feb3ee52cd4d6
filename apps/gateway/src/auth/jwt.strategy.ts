import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { Role } from '@passerelle/contracts';
import type { ActorRef } from '@passerelle/nest-common';
import type { GatewayConfig } from '../config/gateway.config.js';
import { GATEWAY_CONFIG } from '../tokens.js';
import {
  ACCESS_TOKEN_ALGORITHM,
  ACCESS_TOKEN_AUDIENCE,
  ACCESS_TOKEN_ISSUER,
  type AccessTokenClaims,
} from './access-token.service.js';

const roles = new Set<string>(Object.values(Role));

/**
 * Bearer access tokens. The algorithm is pinned, so a token signed with
 * `alg: none` or with another key or algorithm is refused.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(@Inject(GATEWAY_CONFIG) config: GatewayConfig) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: config.JWT_SECRET,
      algorithms: [ACCESS_TOKEN_ALGORITHM],
      issuer: ACCESS_TOKEN_ISSUER,
      audience: ACCESS_TOKEN_AUDIENCE,
      ignoreExpiration: false,
    });
  }

  validate(claims: Partial<AccessTokenClaims>): ActorRef | false {
    if (typeof claims.sub !== 'string' || typeof claims.role !== 'string' || !roles.has(claims.role))
      return false;
    return {
      userId: claims.sub,
      role: claims.role,
      sessionId: typeof claims.sid === 'string' ? claims.sid : undefined,
    };
  }
}
