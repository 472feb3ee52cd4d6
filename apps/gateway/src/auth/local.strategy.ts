import { Injectable, type ExecutionContext } from '@nestjs/common';
import { AuthGuard, PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-local';
import { START_SESSION, StartSessionRequest, type SessionGrant } from '@passerelle/contracts';
import { createValidationPipe } from '@passerelle/nest-common';
import { ServicesClient } from '../rpc/services.client.js';

/** Email and password sign-in; profiles checks them and opens the session. */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly services: ServicesClient) {
    super({ usernameField: 'email', passwordField: 'password', session: false });
  }

  validate(email: string, password: string): Promise<SessionGrant> {
    return this.services.call<SessionGrant>(START_SESSION, { email, password });
  }
}

/**
 * Validates the body before passport sees it: guards run before pipes, and a
 * malformed sign-in deserves a 400 naming the field, not passport's bare 401.
 */
@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  private readonly validation = createValidationPipe();

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<{ body: unknown }>();
    request.body = await this.validation.transform(request.body, {
      type: 'body',
      metatype: StartSessionRequest,
    });
    return (await super.canActivate(context)) as boolean;
  }
}
