import { Injectable, type OnModuleInit } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import type { PersonalDataPart } from '../privacy/personal-data-part.js';
import { PersonalDataRegistry } from '../privacy/personal-data.registry.js';
import { PersonSkill } from '../taxonomy/person-skill.entity.js';
import { ProfileTag } from '../taxonomy/profile-tag.entity.js';
import { Tag } from '../taxonomy/tag.entity.js';
import { AlumnusProfile } from './alumnus-profile.entity.js';
import { AvailabilitySlotRow } from './availability-slot.entity.js';
import { ProfilePhoto } from './profile-photo.entity.js';
import { toMyProfileView } from './profile-snapshot.js';
import { ProfileStore } from './profile-store.js';
import { SmartGoal } from './smart-goal.entity.js';
import { StaffProfile } from './staff-profile.entity.js';
import { StudentProfile } from './student-profile.entity.js';

/**
 * The profile of any role: its fields, skills, tags, goals, availability,
 * visibility choices and photo. Erasing deletes all of it (a profile without
 * its person has no use), and tags nobody else carries, since a free tag may
 * itself say something about the person.
 */
@Injectable()
export class ProfilePersonalData implements PersonalDataPart, OnModuleInit {
  readonly name = 'profile';

  constructor(
    private readonly registry: PersonalDataRegistry,
    private readonly store: ProfileStore,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async export(manager: EntityManager, accountId: string): Promise<unknown> {
    const snapshot = await this.store.load(manager, accountId);
    if (!snapshot) return null;
    const { accountId: _id, displayName: _name, timeZone: _zone, ...profile } = toMyProfileView(snapshot);
    const photo = await manager.findOneBy(ProfilePhoto, { accountId });
    return {
      ...profile,
      photo: photo && {
        mimeType: photo.mimeType,
        contentBase64: photo.content.toString('base64'),
        updatedAt: photo.updatedAt.toISOString(),
      },
    };
  }

  async erase(manager: EntityManager, accountId: string): Promise<void> {
    const tagIds = (await manager.findBy(ProfileTag, { accountId })).map((link) => link.tagId);
    for (const table of [
      ProfileTag,
      PersonSkill,
      SmartGoal,
      AvailabilitySlotRow,
      ProfilePhoto,
      AlumnusProfile,
      StudentProfile,
      StaffProfile,
    ]) {
      await manager.delete(table, { accountId });
    }
    if (tagIds.length > 0) {
      await manager
        .createQueryBuilder()
        .delete()
        .from(Tag)
        .where({ id: In(tagIds) })
        .andWhere('NOT EXISTS (SELECT 1 FROM profiles.profile_tags link WHERE link.tag_id = tags.id)')
        .execute();
    }
  }
}
