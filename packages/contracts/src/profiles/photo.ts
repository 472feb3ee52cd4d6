import { IsBase64, IsIn, IsISO8601, IsString, IsUUID, MaxLength } from 'class-validator';

export const UPDATE_MY_PHOTO = 'rpc.profiles.photo.update.v1';
export const DELETE_MY_PHOTO = 'rpc.profiles.photo.delete.v1';
export const GET_PROFILE_PHOTO = 'rpc.profiles.photo.get.v1';

/** What a person may upload, checked on the bytes (not the name or the declared type). */
export const PHOTO_UPLOAD_MAX_BYTES = 2 * 1024 * 1024;
export const PHOTO_UPLOAD_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
/** Stored photos are square. */
export const PHOTO_SIZE_PX = 256;
export const STORED_PHOTO_TYPE = 'image/webp';
/** A 256×256 WebP is a few tens of kB; the bound keeps NATS messages small. */
export const STORED_PHOTO_MAX_BYTES = 256 * 1024;

/**
 * The gateway checks and resizes the upload (it receives the HTTP body; a 2 MB
 * original would not fit a NATS message) and sends the 256×256 WebP.
 */
export class UpdateMyPhotoRequest {
  @IsIn([STORED_PHOTO_TYPE]) mimeType!: string;
  @IsBase64() @MaxLength(Math.ceil(STORED_PHOTO_MAX_BYTES / 3) * 4) contentBase64!: string;
}

export class PhotoView {
  /** Changes with every new photo, so caches can keep the old one forever. */
  @IsString() photoUrl!: string;
  @IsISO8601() updatedAt!: string;
}

export class GetProfilePhotoRequest {
  @IsUUID() accountId!: string;
}

export class ProfilePhotoContent {
  @IsString() mimeType!: string;
  @IsBase64() contentBase64!: string;
  @IsISO8601() updatedAt!: string;
}

/** Path of a person's photo on the gateway, versioned by its update time. */
export function photoUrlOf(accountId: string, updatedAt: Date | string): string {
  const version = new Date(updatedAt).getTime().toString(36);
  return `/api/v1/profiles/${accountId}/photo?v=${version}`;
}

export type PhotoUploadType = (typeof PHOTO_UPLOAD_TYPES)[number];

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0): boolean =>
  signature.every((byte, index) => bytes[at + index] === byte);

/** The image type from the file's first bytes (its name and declared type are not trusted). */
export function detectImageType(bytes: Uint8Array): PhotoUploadType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  // RIFF....WEBP
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) {
    return 'image/webp';
  }
  return null;
}

/**
 * PUT /api/v1/me/photo: the image file, base64-encoded (a `data:` URL prefix is
 * accepted). Sizes and types are checked on the decoded bytes by the gateway.
 */
export class UploadPhotoBody {
  @IsString() image!: string;
}

/** The HTTP body limit of the photo route: a 2 MB file in base64 with room for a data-URL prefix. */
export const PHOTO_UPLOAD_BODY_LIMIT = Math.ceil(PHOTO_UPLOAD_MAX_BYTES / 3) * 4 * 2;
