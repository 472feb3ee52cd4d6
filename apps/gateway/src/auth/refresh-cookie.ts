import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SessionGrant } from '@passerelle/contracts';

export const REFRESH_COOKIE = 'passerelle_refresh';
// Sent only to the auth routes: no other request ever carries the refresh token.
const REFRESH_COOKIE_PATH = '/api/v1/auth';

export function setRefreshCookie(reply: FastifyReply, grant: SessionGrant, secure: boolean): void {
  void reply.setCookie(REFRESH_COOKIE, grant.refreshToken, {
    httpOnly: true,
    sameSite: 'strict',
    secure,
    path: REFRESH_COOKIE_PATH,
    expires: new Date(grant.refreshExpiresAt),
  });
}

export function clearRefreshCookie(reply: FastifyReply, secure: boolean): void {
  void reply.clearCookie(REFRESH_COOKIE, {
    httpOnly: true,
    sameSite: 'strict',
    secure,
    path: REFRESH_COOKIE_PATH,
  });
}

export function readRefreshCookie(request: FastifyRequest): string | undefined {
  const value = request.cookies[REFRESH_COOKIE];
  return value && value.length <= 200 ? value : undefined;
}
