import { Inject, Injectable } from '@nestjs/common';
import { In, QueryFailedError, type DataSource, type EntityManager } from 'typeorm';
import {
  AccountStatus,
  DEFAULT_LOCALE,
  DEFAULT_TIME_ZONE,
  ErrorCode,
  IMPORT_REPORT_MAX_CHANGES,
  PROFILE_UPDATED,
  Role,
  type ImportAlumniReport,
  type ImportAlumniRequest,
  type ImportMode,
} from '@passerelle/contracts';
import { DomainError, recordEvent, type ActorRef } from '@passerelle/nest-common';
import { Account } from '../accounts/account.entity.js';
import { AuditTrail, auditActor } from '../audit/audit-trail.js';
import { requireStaff } from '../common/require-staff.js';
import { DirectoryIndexer } from '../directory/directory-indexer.js';
import { AlumnusProfile } from '../profile/alumnus-profile.entity.js';
import { toProfileUpdatedEvent, type ProfileSnapshot } from '../profile/profile-snapshot.js';
import { ProfileStore } from '../profile/profile-store.js';
import { DATA_SOURCE } from '../tokens.js';
import { readAlumniCsv, type AlumnusImportFields, type AlumnusImportRow } from './alumni-rows.js';
import { CsvFileError } from './csv-text.js';
import { capChanges, countOutcomes, planRow, type PlannedRow, type StoredPerson } from './import-plan.js';

const UNIQUE_VIOLATION = '23505';
// Bounded so one INSERT stays far below PostgreSQL's 65,535 parameters.
const INSERT_CHUNK = 500;

/** The alumnus profile columns an import may set (the account holds the name). */
const PROFILE_FIELDS = [
  'graduationYear',
  'programme',
  'employer',
  'jobTitle',
  'sector',
  'city',
  'country',
  'linkedinUrl',
] as const satisfies readonly (keyof AlumnusImportFields & keyof AlumnusProfile)[];

/**
 * Staff import of alumni from CSV, upserting by email. A dry run plans and
 * reports; apply plans again inside its transaction (the database may have
 * changed since the dry run) and writes only if no line has an error, so a
 * file goes in whole or not at all and fixing it then re-running is safe.
 * Created alumni have no password: they cannot sign in until invited.
 */
@Injectable()
export class AlumniImportService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
    private readonly profiles: ProfileStore,
  ) {}

  async run(actor: ActorRef, request: ImportAlumniRequest): Promise<ImportAlumniReport> {
    requireStaff(actor);
    const rows = readFile(request.csv);
    if (request.mode === 'dry-run') {
      return reportOf('dry-run', false, await this.plan(this.dataSource.manager, rows));
    }
    try {
      return await this.dataSource.transaction((manager) => this.apply(manager, actor, rows));
    } catch (error) {
      if (
        error instanceof QueryFailedError &&
        (error.driverError as { code?: string }).code === UNIQUE_VIOLATION
      ) {
        throw new DomainError(
          ErrorCode.CONFLICT,
          'An account was created with one of these emails while importing; run the import again',
        );
      }
      throw error;
    }
  }

  private async apply(
    manager: EntityManager,
    actor: ActorRef,
    rows: AlumnusImportRow[],
  ): Promise<ImportAlumniReport> {
    const planned = await this.plan(manager, rows, true);
    const report = reportOf('apply', true, planned);
    if (report.counts.error > 0) {
      const lines = planned
        .filter((entry) => entry.report.outcome === 'error')
        .map((entry) => entry.report.line);
      throw new DomainError(
        ErrorCode.VALIDATION_FAILED,
        `${lines.length} line(s) have errors (${lines.slice(0, 10).join(', ')}); nothing was imported`,
        {
          problem: 'has-row-errors',
          fields: [{ field: 'csv', messages: lines.slice(0, 10).map((line) => `line ${line} has errors`) }],
          report: { ...report, applied: false },
        },
      );
    }
    const created = await this.createAlumni(
      manager,
      planned.filter((entry) => entry.report.outcome === 'create').map((entry) => entry.row),
    );
    const updated = planned.filter((entry) => entry.report.outcome === 'update');
    for (const entry of updated) await this.updateAlumnus(manager, entry);
    const updatedIds = updated.map((entry) => entry.stored!.accountId);
    await DirectoryIndexer.refreshMany(manager, [...created, ...updatedIds]);
    await this.recordProfileUpdates(manager, created, updatedIds);
    await this.audit.record(manager, {
      ...auditActor(actor),
      action: 'alumni.imported',
      details: { ...report.counts, lines: rows.length },
    });
    return report;
  }

  /** Plans every line against what is stored; `lock` holds the matched accounts until the transaction ends. */
  private async plan(manager: EntityManager, rows: AlumnusImportRow[], lock = false): Promise<PlannedRow[]> {
    const emails = [...new Set(rows.flatMap((row) => (row.email ? [row.email] : [])))];
    const accounts =
      emails.length === 0
        ? []
        : await manager.find(Account, {
            where: { email: In(emails) },
            ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
          });
    const profiles =
      accounts.length === 0
        ? []
        : await manager.findBy(AlumnusProfile, { accountId: In(accounts.map((account) => account.id)) });
    const profileOf = new Map(profiles.map((profile) => [profile.accountId, profile]));
    const storedByEmail = new Map<string, StoredPerson>(
      accounts.map((account) => [account.email, storedPerson(account, profileOf.get(account.id))]),
    );
    return rows.map((row) => planRow(row, row.email ? storedByEmail.get(row.email) : undefined));
  }

  /**
   * One profile.updated event per imported alumnus, as a profile edit records.
   * A new alumnus has nothing but its account and profile rows, so its
   * snapshot is built from those two (read in bulk); loading each whole
   * profile would take 5,000 × 10 queries for the largest file.
   */
  private async recordProfileUpdates(
    manager: EntityManager,
    createdIds: string[],
    updatedIds: string[],
  ): Promise<void> {
    for (let start = 0; start < createdIds.length; start += INSERT_CHUNK) {
      const ids = createdIds.slice(start, start + INSERT_CHUNK);
      const accounts = await manager.findBy(Account, { id: In(ids) });
      const profiles = new Map(
        (await manager.findBy(AlumnusProfile, { accountId: In(ids) })).map((profile) => [
          profile.accountId,
          profile,
        ]),
      );
      for (const account of accounts) {
        const snapshot = newAlumnusSnapshot(account, profiles.get(account.id) ?? null);
        await recordEvent(manager, PROFILE_UPDATED, toProfileUpdatedEvent(snapshot));
      }
    }
    for (const accountId of updatedIds) {
      const snapshot = await this.profiles.load(manager, accountId);
      if (snapshot) await recordEvent(manager, PROFILE_UPDATED, toProfileUpdatedEvent(snapshot));
    }
  }

  private async createAlumni(manager: EntityManager, rows: AlumnusImportRow[]): Promise<string[]> {
    const ids: string[] = [];
    for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
      const chunk = rows.slice(start, start + INSERT_CHUNK);
      const inserted = await manager.insert(
        Account,
        chunk.map((row) => ({
          email: row.email!,
          // No password: the person cannot sign in until they are invited and choose one.
          passwordHash: null,
          displayName: row.fields.displayName!,
          role: Role.Alumnus,
          locale: DEFAULT_LOCALE,
          timeZone: DEFAULT_TIME_ZONE,
          status: AccountStatus.Active,
        })),
      );
      const chunkIds = inserted.identifiers.map((identifier) => String(identifier.id));
      await manager.insert(
        AlumnusProfile,
        chunk.map((row, index) => ({ accountId: chunkIds[index]!, ...profileFieldsOf(row.fields) })),
      );
      ids.push(...chunkIds);
    }
    return ids;
  }

  private async updateAlumnus(manager: EntityManager, entry: PlannedRow): Promise<void> {
    const accountId = entry.stored!.accountId;
    const { displayName } = entry.row.fields;
    if (displayName !== undefined && displayName !== entry.stored!.displayName) {
      await manager.update(Account, { id: accountId }, { displayName });
    }
    const profileFields = profileFieldsOf(entry.row.fields);
    if (entry.stored!.profile === null) {
      await manager.insert(AlumnusProfile, { accountId, ...profileFields });
    } else if (Object.keys(profileFields).length > 0) {
      await manager.update(AlumnusProfile, { accountId }, profileFields);
    }
  }
}

function newAlumnusSnapshot(account: Account, alumnus: AlumnusProfile | null): ProfileSnapshot {
  return {
    account,
    alumnus,
    student: null,
    staff: null,
    skills: [],
    skillsToDevelop: [],
    tags: [],
    slots: [],
    goals: [],
    photoUpdatedAt: null,
  };
}

function readFile(csv: string): AlumnusImportRow[] {
  try {
    return readAlumniCsv(csv, new Date().getUTCFullYear());
  } catch (error) {
    if (!(error instanceof CsvFileError)) throw error;
    throw new DomainError(ErrorCode.VALIDATION_FAILED, error.message, {
      problem: error.problem,
      line: error.line,
      column: error.column,
      fields: [{ field: 'csv', messages: [error.message] }],
    });
  }
}

function storedPerson(account: Account, profile: AlumnusProfile | undefined): StoredPerson {
  return {
    accountId: account.id,
    role: account.role,
    displayName: account.displayName,
    profile: profile ? Object.fromEntries(PROFILE_FIELDS.map((field) => [field, profile[field]])) : null,
  };
}

function profileFieldsOf(
  fields: AlumnusImportFields,
): Partial<Pick<AlumnusProfile, (typeof PROFILE_FIELDS)[number]>> {
  return Object.fromEntries(
    PROFILE_FIELDS.flatMap((field) => (field in fields ? [[field, fields[field]]] : [])),
  );
}

function reportOf(mode: ImportMode, applied: boolean, planned: PlannedRow[]): ImportAlumniReport {
  const reports = planned.map((entry) => entry.report);
  const { rows, omitted } = capChanges(reports, IMPORT_REPORT_MAX_CHANGES);
  return { mode, applied, counts: countOutcomes(reports), rows, omittedChanges: omitted };
}
