import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { ActorRef } from '@passerelle/nest-common';

/** The signed-in person of an HTTP request (set by JwtAuthGuard). */
export const CurrentActor = createParamDecorator(
  (_data: unknown, context: ExecutionContext): ActorRef =>
    context.switchToHttp().getRequest<{ user: ActorRef }>().user,
);
