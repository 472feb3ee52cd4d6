import type { FastifyInstance } from 'fastify';
import { ALUMNI_IMPORT_MAX_BYTES } from '@passerelle/contracts';

/**
 * The import route's body limit: the largest CSV, sent as JSON (`{ "csv": ... }`)
 * where quotes and line breaks take two bytes. The controller then checks the
 * CSV itself against ALUMNI_IMPORT_MAX_BYTES.
 */
export const ALUMNI_IMPORT_BODY_LIMIT = 2 * ALUMNI_IMPORT_MAX_BYTES;

/**
 * Lets `text/csv` bodies in as raw bytes (Fastify knows only JSON and plain
 * text): the bytes are decoded as UTF-8 by the import route, and whatever was
 * not UTF-8 shows up as U+FFFD, which the profiles service reports with its
 * line number.
 */
export function registerCsvBodyParser(fastify: FastifyInstance): void {
  fastify.addContentTypeParser('text/csv', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
}
