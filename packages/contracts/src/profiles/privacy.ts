import { IsISO8601, IsObject, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { PASSWORD_MAX_LENGTH } from './account-fields.js';

export const EXPORT_MY_DATA = 'rpc.profiles.personal-data.export.v1';
export const ERASE_MY_ACCOUNT = 'rpc.profiles.account.erase.v1';

/** Identifies the layout of the exported file, so a later version can be told apart. */
export const PERSONAL_DATA_EXPORT_FORMAT = 'passerelle.personal-data.v1';

/**
 * Everything the service holds about the person, one key per part (account,
 * sessions, profile...). Never password or token hashes.
 */
export class PersonalDataExport {
  @IsString() format!: typeof PERSONAL_DATA_EXPORT_FORMAT;
  @IsUUID() accountId!: string;
  @IsISO8601() exportedAt!: string;
  /** One entry per part, by part name; each part decides its own shape. */
  @IsObject() parts!: Record<string, unknown>;
}

/** Deleting one's account needs the current password, like any change of credentials. */
export class EraseMyAccountRequest {
  @IsString() @MinLength(1) @MaxLength(PASSWORD_MAX_LENGTH) currentPassword!: string;
}

export class EraseMyAccountReply {
  @IsUUID() accountId!: string;
  @IsISO8601() erasedAt!: string;
}
