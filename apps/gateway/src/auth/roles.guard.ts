import { Injectable, SetMetadata, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ErrorCode, type Role } from '@passerelle/contracts';
import { DomainError, type ActorRef } from '@passerelle/nest-common';
import { JwtAuthGuard } from './jwt-auth.guard.js';

const ROLES_KEY = 'passerelle:roles';

/** Restricts a route to these roles (after JwtAuthGuard has identified the actor). */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator => SetMetadata(ROLES_KEY, roles);

@Injectable()
export class RolesGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtAuthGuard,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!allowed || allowed.length === 0) return true;
    const request = context.switchToHttp().getRequest<{ user?: ActorRef }>();
    // This guard is global, so it runs before a controller's @UseGuards(JwtAuthGuard): authenticate first.
    if (!request.user) await this.jwt.canActivate(context);
    const actor = request.user;
    if (!actor) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'Please sign in to continue');
    if (!allowed.includes(actor.role)) {
      throw new DomainError(ErrorCode.FORBIDDEN, `This is reserved to: ${allowed.join(', ')}`);
    }
    return true;
  }
}
