import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Account } from '../accounts/account.entity.js';
import { SkillsService } from '../taxonomy/skills.service.js';
import { TagsService } from '../taxonomy/tags.service.js';
import { AlumnusProfile } from './alumnus-profile.entity.js';
import { sortSlots } from './availability-rules.js';
import { AvailabilitySlotRow } from './availability-slot.entity.js';
import { ProfilePhoto } from './profile-photo.entity.js';
import type { ProfileSnapshot } from './profile-snapshot.js';
import { SmartGoal } from './smart-goal.entity.js';
import { StaffProfile } from './staff-profile.entity.js';
import { StudentProfile } from './student-profile.entity.js';

/** Reads a whole profile (account, role profile, skills, tags, slots, goals, photo date). */
@Injectable()
export class ProfileStore {
  constructor(
    private readonly skills: SkillsService,
    private readonly tags: TagsService,
  ) {}

  async load(manager: EntityManager, accountId: string): Promise<ProfileSnapshot | null> {
    const account = await manager.findOneBy(Account, { id: accountId });
    if (!account) return null;
    // One after the other: inside a transaction every query shares one connection anyway.
    const alumnus = await manager.findOneBy(AlumnusProfile, { accountId });
    const student = await manager.findOneBy(StudentProfile, { accountId });
    const staff = await manager.findOneBy(StaffProfile, { accountId });
    const skills = await this.skills.of(manager, accountId, 'has');
    const skillsToDevelop = await this.skills.of(manager, accountId, 'to-develop');
    const tags = await this.tags.of(manager, accountId);
    const slots = await manager.findBy(AvailabilitySlotRow, { accountId });
    const goals = await manager.find(SmartGoal, {
      where: { accountId },
      order: { targetDate: 'ASC', createdAt: 'ASC' },
    });
    const photo = await manager.findOne(ProfilePhoto, {
      select: { accountId: true, updatedAt: true },
      where: { accountId },
    });
    return {
      account,
      alumnus,
      student,
      staff,
      skills,
      skillsToDevelop,
      tags,
      slots: sortSlots(slots).map(({ weekday, startMinute, endMinute }) => ({
        weekday,
        startMinute,
        endMinute,
      })),
      goals,
      photoUpdatedAt: photo?.updatedAt ?? null,
    };
  }
}
