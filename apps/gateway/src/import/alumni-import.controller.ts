import { Body, Controller, HttpCode, Post, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  ALUMNI_IMPORT_COLUMNS,
  ALUMNI_IMPORT_MAX_BYTES,
  ErrorCode,
  IMPORT_ALUMNI,
  IMPORT_MODES,
  ImportAlumniReport,
  Role,
  type ImportAlumniRequest,
  type ImportMode,
} from '@passerelle/contracts';
import { DomainError, type ActorRef } from '@passerelle/nest-common';
import { IsIn } from 'class-validator';
import { CurrentActor } from '../auth/actor.decorator.js';
import { JwtAuthGuard } from '../auth/jwt-auth.guard.js';
import { Roles } from '../auth/roles.guard.js';
import { ServicesClient } from '../rpc/services.client.js';

export const ALUMNI_IMPORT_ROUTE = '/api/v1/staff/imports/alumni';

/** Applying 5,000 lines (accounts, profiles, directory, events) takes longer than an ordinary call. */
const IMPORT_TIMEOUT_MS = 60_000;

export class ImportAlumniQuery {
  @IsIn(IMPORT_MODES, { message: `mode must be one of: ${IMPORT_MODES.join(', ')}` }) mode!: ImportMode;
}

/** The CSV text of the body: raw `text/csv` bytes, or `{ "csv": "..." }` in JSON. */
function csvOf(body: unknown): string {
  if (Buffer.isBuffer(body)) return body.toString('utf8');
  const csv = (body as { csv?: unknown } | null | undefined)?.csv;
  if (typeof csv === 'string') return csv;
  throw new DomainError(
    ErrorCode.VALIDATION_FAILED,
    'Send the CSV as a text/csv body or as JSON { "csv": "..." }',
    {
      fields: [{ field: 'csv', messages: ['csv must be the text of the file'] }],
    },
  );
}

@ApiTags('staff')
@ApiBearerAuth()
@Controller(ALUMNI_IMPORT_ROUTE.slice(1))
@UseGuards(JwtAuthGuard)
export class AlumniImportController {
  constructor(private readonly services: ServicesClient) {}

  /**
   * Imports alumni from a UTF-8 CSV, upserting by email (case-insensitive).
   * `dry-run` reports each line's outcome (create, update with the changed
   * fields, unchanged, error); `apply` does the same in one transaction, only
   * if no line has an error. Imported alumni have no password until invited.
   */
  @Post()
  @HttpCode(200)
  @Roles(Role.Staff, Role.Admin)
  @ApiConsumes('text/csv', 'application/json')
  @ApiBody({
    description: `Columns: ${ALUMNI_IMPORT_COLUMNS.join(', ')}; at most ${ALUMNI_IMPORT_MAX_BYTES / 1024} KiB`,
    schema: { oneOf: [{ type: 'string' }, { type: 'object', properties: { csv: { type: 'string' } } }] },
  })
  @ApiOkResponse({ type: ImportAlumniReport })
  run(
    @CurrentActor() actor: ActorRef,
    @Query() query: ImportAlumniQuery,
    @Body() body: unknown,
  ): Promise<ImportAlumniReport> {
    const csv = csvOf(body);
    if (Buffer.byteLength(csv, 'utf8') > ALUMNI_IMPORT_MAX_BYTES) {
      throw new DomainError(
        ErrorCode.PAYLOAD_TOO_LARGE,
        `The file is larger than ${ALUMNI_IMPORT_MAX_BYTES / 1024} KiB; split it in several imports`,
        {
          fields: [{ field: 'csv', messages: [`csv must be at most ${ALUMNI_IMPORT_MAX_BYTES / 1024} KiB`] }],
        },
      );
    }
    const request: ImportAlumniRequest = { mode: query.mode, csv };
    return this.services.call(IMPORT_ALUMNI, request, actor, IMPORT_TIMEOUT_MS);
  }
}
