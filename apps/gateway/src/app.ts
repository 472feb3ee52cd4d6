import fastifyCookie from '@fastify/cookie';
import fastifyCors from '@fastify/cors';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { PHOTO_UPLOAD_BODY_LIMIT } from '@passerelle/contracts';
import { createLogger, createValidationPipe, NestPinoLogger } from '@passerelle/nest-common';
import type { GatewayConfig } from './config/gateway.config.js';
import { GatewayModule } from './gateway.module.js';
import { registerRequestContext } from './http/request-context.hook.js';
import { registerSecurityHeaders } from './http/security-headers.js';
import { mountOpenApi } from './openapi/openapi.js';
import { ALUMNI_IMPORT_ROUTE } from './import/alumni-import.controller.js';
import { ALUMNI_IMPORT_BODY_LIMIT, registerCsvBodyParser } from './import/csv-body.js';
import { PHOTO_ROUTE } from './profile/profile.controller.js';
import { serveWebApp } from './web/serve-web-app.js';

/**
 * The gateway, ready to listen (tests inject requests without a port). It
 * connects to NATS during init, waiting for it if it is not up yet.
 */
export async function createGatewayApp(config: GatewayConfig): Promise<NestFastifyApplication> {
  const logger = new NestPinoLogger(createLogger('gateway', config.LOG_LEVEL));
  const adapter = new FastifyAdapter({ bodyLimit: config.BODY_LIMIT_BYTES, trustProxy: config.TRUST_PROXY });
  const app = await NestFactory.create<NestFastifyApplication>(GatewayModule.forRoot(config), adapter, {
    logger,
  });
  const fastify = app.getHttpAdapter().getInstance();

  registerRequestContext(fastify);
  // The photo upload is the one route with a body larger than BODY_LIMIT_BYTES.
  fastify.addHook('onRoute', (route) => {
    if (route.url === PHOTO_ROUTE) route.bodyLimit = PHOTO_UPLOAD_BODY_LIMIT;
    if (route.url === ALUMNI_IMPORT_ROUTE) route.bodyLimit = ALUMNI_IMPORT_BODY_LIMIT;
  });
  registerCsvBodyParser(fastify);
  // Errors Fastify raises before Nest sees the request (body too large, malformed
  // JSON) reach HttpErrorFilter too: Nest installs its exception layer as
  // Fastify's error handler at init.
  registerSecurityHeaders(fastify);
  await app.register(fastifyCookie);
  await app.register(fastifyCors, {
    origin: config.corsOrigins.length > 0 ? config.corsOrigins : false,
    credentials: true,
  });
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();
  mountOpenApi(app);
  await serveWebApp(fastify, config.WEB_DIST_DIR);
  await app.init();
  return app;
}

export async function startGateway(config: GatewayConfig): Promise<NestFastifyApplication> {
  const app = await createGatewayApp(config);
  await app.listen({ port: config.PORT, host: config.HOST });
  return app;
}
