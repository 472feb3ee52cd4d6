import type { KeyObject } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { Role } from '@passerelle/contracts';
import type { ActorRef } from '@passerelle/nest-common';
import { ACCESS_TOKEN_KEY } from '../tokens.js';
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
  constructor(@Inject(ACCESS_TOKEN_KEY) key: KeyObject) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // jsonwebtoken takes a KeyObject (and is fastest with one, see accessTokenKey);
      // the passport-jwt typings predate KeyObject and list only string | Buffer.
      secretOrKey: key as unknown as Buffer,
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
