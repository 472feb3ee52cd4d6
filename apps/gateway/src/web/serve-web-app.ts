import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

const API_PREFIXES = ['/api/', '/api?', '/health', '/ready'];

/**
 * Serves the built single-page app: its files as they are, and index.html for
 * any other GET so client-side routes survive a reload. API paths never fall
 * back to the page: an unknown API route stays a JSON 404.
 */
export async function serveWebApp(fastify: FastifyInstance, distDir: string): Promise<boolean> {
  const indexPath = join(distDir, 'index.html');
  if (!distDir || !existsSync(indexPath)) return false;
  const indexHtml = readFileSync(indexPath, 'utf8');
  await fastify.register(fastifyStatic, { root: distDir, wildcard: false, index: false });
  const sendIndex = (_request: unknown, reply: FastifyReply) =>
    reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(indexHtml);
  fastify.get('/', sendIndex);
  fastify.get('/*', (request, reply) => {
    if (API_PREFIXES.some((prefix) => request.url.startsWith(prefix))) return reply.callNotFound();
    return sendIndex(request, reply);
  });
  return true;
}
