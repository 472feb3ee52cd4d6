import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  detectImageType,
  ErrorCode,
  effectiveVisibility,
  photoUrlOf,
  STORED_PHOTO_MAX_BYTES,
  STORED_PHOTO_TYPE,
  type PhotoView,
  type ProfilePhotoContent,
  type UpdateMyPhotoRequest,
} from '@passerelle/contracts';
import { DomainError, type ActorRef } from '@passerelle/nest-common';
import { Account } from '../accounts/account.entity.js';
import { DATA_SOURCE } from '../tokens.js';
import { AlumnusProfile } from './alumnus-profile.entity.js';
import { mayRead, readerOf } from './field-visibility.js';
import { profileReader } from './profile-reader.js';
import { ProfilePhoto } from './profile-photo.entity.js';
import { ProfileWriter } from './profile-writer.js';
import { StudentProfile } from './student-profile.entity.js';
import { invalidField } from './validation-failure.js';

const noPhoto = (): DomainError => new DomainError(ErrorCode.NOT_FOUND, 'This person has no photo');

/**
 * Profile photos. The gateway has already checked the upload and resized it;
 * this service checks again what it stores (a WebP of bounded size) because
 * NATS is not only reachable by the gateway.
 */
@Injectable()
export class ProfilePhotosService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly writer: ProfileWriter,
  ) {}

  async replaceMine(actor: ActorRef, request: UpdateMyPhotoRequest): Promise<PhotoView> {
    const content = Buffer.from(request.contentBase64, 'base64');
    if (detectImageType(content) !== STORED_PHOTO_TYPE) {
      throw invalidField('contentBase64', 'contentBase64 must be a WebP image');
    }
    if (content.length > STORED_PHOTO_MAX_BYTES) {
      throw invalidField('contentBase64', `contentBase64 must be at most ${STORED_PHOTO_MAX_BYTES} bytes`);
    }
    const updatedAt = new Date();
    await this.writer.write(actor.userId, async (manager, account) => {
      await manager.upsert(
        ProfilePhoto,
        { accountId: account.id, mimeType: STORED_PHOTO_TYPE, content, updatedAt },
        ['accountId'],
      );
    });
    return { photoUrl: photoUrlOf(actor.userId, updatedAt), updatedAt: updatedAt.toISOString() };
  }

  async deleteMine(actor: ActorRef): Promise<void> {
    await this.writer.write(actor.userId, async (manager, account) => {
      await manager.delete(ProfilePhoto, { accountId: account.id });
    });
  }

  /** The photo, if its owner lets this reader see it (otherwise, as if there were none). */
  async get(actor: ActorRef, accountId: string): Promise<ProfilePhotoContent> {
    const manager = this.dataSource.manager;
    const account = await manager.findOne(Account, {
      select: { id: true, role: true },
      where: { id: accountId },
    });
    if (!account) throw noPhoto();
    if (readerOf(actor, accountId) === 'member') {
      const row =
        (await manager.findOne(AlumnusProfile, {
          select: { fieldVisibility: true },
          where: { accountId },
        })) ??
        (await manager.findOne(StudentProfile, { select: { fieldVisibility: true }, where: { accountId } }));
      const visibility = effectiveVisibility(account.role, row?.fieldVisibility ?? {}).photo ?? 'everyone';
      // Most photos are for everyone: partnership is looked up only when it decides.
      if (
        !mayRead('member', visibility) &&
        !mayRead(await profileReader(manager, actor, accountId), visibility)
      )
        throw noPhoto();
    }
    const photo = await manager.findOneBy(ProfilePhoto, { accountId });
    if (!photo) throw noPhoto();
    return {
      mimeType: photo.mimeType,
      contentBase64: photo.content.toString('base64'),
      updatedAt: photo.updatedAt.toISOString(),
    };
  }
}
