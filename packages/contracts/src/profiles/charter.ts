import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { Trim } from './account-fields.js';

export const GET_CURRENT_CHARTER = 'rpc.profiles.charter.get-current.v1';
export const ACCEPT_CHARTER = 'rpc.profiles.charter.accept.v1';
export const PUBLISH_CHARTER = 'rpc.profiles.charter.publish.v1';
/** For other services (matching): who of these accounts accepted the current charter version. */
export const GET_CHARTER_ACCEPTANCE = 'rpc.profiles.charter.acceptance-status.v1';
export const CHARTER_ACCEPTANCE_MAX_ACCOUNTS = 100;
/** Staff: where one person stands with the charter, shown on their profile page. */
export const GET_CHARTER_STANDING = 'rpc.profiles.charter.standing.v1';

export const CHARTER_BODY_MIN_LENGTH = 50;
export const CHARTER_BODY_MAX_LENGTH = 20_000;

/** One published version of the ethics and confidentiality charter (markdown, French and English). */
export class CharterVersionView {
  @IsInt() @Min(1) version!: number;
  @IsString() bodyFr!: string;
  @IsString() bodyEn!: string;
  @IsISO8601() publishedAt!: string;
}

/** The current charter and whether the caller accepted it. */
export class CurrentCharterView extends CharterVersionView {
  /** The latest version the caller accepted, if any (may be older than `version`). */
  @IsOptional() @IsInt() acceptedVersion!: number | null;
  /** When the caller accepted the current version; null if not (yet). */
  @IsOptional() @IsISO8601() acceptedAt!: string | null;
}

/** Accepts the version the person read; it must be the current one. */
export class AcceptCharterRequest {
  @IsInt() @Min(1) version!: number;
}

export class CharterAcceptanceView {
  @IsUUID() accountId!: string;
  @IsInt() @Min(1) version!: number;
  @IsISO8601() acceptedAt!: string;
}

/** Staff: publishes the next version; every earlier acceptance stops counting. */
export class PublishCharterRequest {
  @Trim() @IsString() @MinLength(CHARTER_BODY_MIN_LENGTH) @MaxLength(CHARTER_BODY_MAX_LENGTH) bodyFr!: string;
  @Trim() @IsString() @MinLength(CHARTER_BODY_MIN_LENGTH) @MaxLength(CHARTER_BODY_MAX_LENGTH) bodyEn!: string;
}

export class CharterAcceptanceStatusRequest {
  @ArrayMinSize(1)
  @ArrayMaxSize(CHARTER_ACCEPTANCE_MAX_ACCOUNTS)
  @IsUUID('all', { each: true })
  accountIds!: string[];
}

export class CharterAcceptanceStatus {
  @IsUUID() accountId!: string;
  /** The account accepted the version that is current now. */
  @IsBoolean() acceptedCurrent!: boolean;
}

export class CharterAcceptanceStatusReply {
  @IsInt() @Min(1) currentVersion!: number;
  /** One item per account asked for, in the same order. */
  @ValidateNested({ each: true }) @Type(() => CharterAcceptanceStatus) items!: CharterAcceptanceStatus[];
}

export class CharterStandingRequest {
  @IsUUID() accountId!: string;
}

/** One person's acceptance of the charter, as staff see it on the person's page. */
export class CharterStandingView {
  @IsUUID() accountId!: string;
  @IsInt() @Min(1) currentVersion!: number;
  /** The latest version the person accepted, if any (may be older than `currentVersion`). */
  @IsOptional() @IsInt() acceptedVersion!: number | null;
  /** When the person accepted `acceptedVersion`. */
  @IsOptional() @IsISO8601() acceptedAt!: string | null;
  @IsBoolean() acceptedCurrent!: boolean;
}
