import { Type } from 'class-transformer';
import {
  IsEnum,
  IsInt,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageQuery } from '../common/page.js';
import { Role } from '../common/role.js';
import { Trim } from './account-fields.js';

export const LIST_AUDIT_ENTRIES = 'rpc.profiles.audit.list.v1';

/** Action codes are `<aggregate>.<past-tense>` in lower case, e.g. `mentor.approved`, `charter.published`. */
export const AUDIT_ACTION_PATTERN = /^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$/;
export const AUDIT_ACTION_MAX_LENGTH = 80;
export const AUDIT_REASON_MAX_LENGTH = 1000;

/** One sensitive action: who did what, to whom, when and why. Entries are never changed or deleted. */
export class AuditEntryView {
  @IsUUID() id!: string;
  @IsISO8601() occurredAt!: string;
  /** The account that acted; null for the system (seed, scheduled job). */
  @IsOptional() @IsUUID() actorId!: string | null;
  @IsOptional() @IsEnum(Role) actorRole!: Role | null;
  @IsString() action!: string;
  /** The account the action is about, if any. */
  @IsOptional() @IsUUID() subjectId!: string | null;
  /** The other object touched (a charter version, a tag...), as its id. */
  @IsOptional() @IsString() objectId!: string | null;
  @IsOptional() @IsString() reason!: string | null;
  @IsObject() details!: Record<string, unknown>;
}

/** Staff: the audit log, newest first, optionally about one account and/or one action. */
export class ListAuditEntriesRequest extends PageQuery {
  @IsOptional() @IsUUID() subjectId?: string;
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(AUDIT_ACTION_MAX_LENGTH)
  @Matches(AUDIT_ACTION_PATTERN, {
    message: 'action must look like "mentor.approved"',
  })
  action?: string;
}

export class AuditEntryPage {
  @ValidateNested({ each: true }) @Type(() => AuditEntryView) items!: AuditEntryView[];
  @IsInt() @Min(0) total!: number;
  @IsInt() @Min(1) page!: number;
  @IsInt() @Min(1) pageSize!: number;
}
