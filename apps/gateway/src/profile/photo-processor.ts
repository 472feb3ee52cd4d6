import { Injectable } from '@nestjs/common';
import sharp from 'sharp';
import {
  detectImageType,
  ErrorCode,
  PHOTO_SIZE_PX,
  PHOTO_UPLOAD_MAX_BYTES,
  STORED_PHOTO_TYPE,
  type UpdateMyPhotoRequest,
} from '@passerelle/contracts';
import { DomainError } from '@passerelle/nest-common';

const invalidImage = (message: string): DomainError =>
  new DomainError(ErrorCode.VALIDATION_FAILED, message, {
    fields: [{ field: 'image', messages: [message] }],
  });

// Decoding bombs: a small file that claims to be 100k×100k pixels is refused before it is decoded.
const MAX_INPUT_PIXELS = 40_000_000;

/**
 * Turns an uploaded photo into what profiles stores: checked on its bytes
 * (JPEG, PNG or WebP, at most 2 MB), turned upright, cropped to a square
 * around the centre, 256×256 WebP without metadata (EXIF location is dropped).
 * It runs here because the original would not fit a NATS message; the small
 * result does.
 */
@Injectable()
export class PhotoProcessor {
  async prepare(encoded: string): Promise<UpdateMyPhotoRequest> {
    const base64 = encoded.replace(/^data:[^;,]*;base64,/, '');
    if (!/^[A-Za-z0-9+/\s]*={0,2}\s*$/.test(base64)) throw invalidImage('image must be base64-encoded');
    const bytes = Buffer.from(base64, 'base64');
    if (bytes.length === 0) throw invalidImage('image must not be empty');
    if (bytes.length > PHOTO_UPLOAD_MAX_BYTES) {
      throw invalidImage(`image must be at most ${PHOTO_UPLOAD_MAX_BYTES / (1024 * 1024)} MB`);
    }
    if (!detectImageType(bytes)) throw invalidImage('image must be a JPEG, PNG or WebP picture');
    try {
      const resized = await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS })
        .rotate()
        .resize(PHOTO_SIZE_PX, PHOTO_SIZE_PX, { fit: 'cover', position: 'attention' })
        .webp({ quality: 82 })
        .toBuffer();
      return { mimeType: STORED_PHOTO_TYPE, contentBase64: resized.toString('base64') };
    } catch {
      throw invalidImage('image could not be read; it may be damaged');
    }
  }
}
