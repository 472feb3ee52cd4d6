import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { DataSource } from 'typeorm';
import {
  ErrorCode,
  MERGE_TAGS,
  MergeTagsRequest,
  SEARCH_SKILLS,
  SEARCH_TAGS,
  SearchSkillsRequest,
  SearchTagsRequest,
  type MergeTagsReply,
  type SkillPage,
  type TagPage,
} from '@passerelle/contracts';
import { Actor, DomainError, type ActorRef } from '@passerelle/nest-common';
import { isStaffRole } from '../profile/profile.service.js';
import { DATA_SOURCE } from '../tokens.js';
import { SkillsService } from './skills.service.js';
import { TagsService } from './tags.service.js';

const requireStaff = (actor: ActorRef): void => {
  if (!isStaffRole(actor.role)) throw new DomainError(ErrorCode.FORBIDDEN, 'Only staff can manage tags');
};

@Controller()
export class TaxonomyHandler {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly skills: SkillsService,
    private readonly tags: TagsService,
  ) {}

  @MessagePattern(SEARCH_SKILLS)
  searchSkills(@Actor() _actor: ActorRef, @Payload() request: SearchSkillsRequest): Promise<SkillPage> {
    return this.skills.search(request);
  }

  @MessagePattern(SEARCH_TAGS)
  searchTags(@Actor() actor: ActorRef, @Payload() request: SearchTagsRequest): Promise<TagPage> {
    requireStaff(actor);
    return this.tags.search(request);
  }

  @MessagePattern(MERGE_TAGS)
  mergeTags(@Actor() actor: ActorRef, @Payload() request: MergeTagsRequest): Promise<MergeTagsReply> {
    requireStaff(actor);
    return this.dataSource.transaction((manager) => this.tags.merge(manager, request));
  }
}
