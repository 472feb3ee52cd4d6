import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { DataSource } from 'typeorm';
import {
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
import { Actor, type ActorRef } from '@passerelle/nest-common';
import { auditActor, AuditTrail } from '../audit/audit-trail.js';
import { requireStaff } from '../common/require-staff.js';
import { DATA_SOURCE } from '../tokens.js';
import { SkillsService } from './skills.service.js';
import { TagsService } from './tags.service.js';

@Controller()
export class TaxonomyHandler {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly skills: SkillsService,
    private readonly tags: TagsService,
    private readonly audit: AuditTrail,
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
    return this.dataSource.transaction(async (manager) => {
      const merged = await this.tags.merge(manager, request);
      await this.audit.record(manager, {
        ...auditActor(actor),
        action: 'tag.merged',
        objectId: merged.target.id,
        details: {
          sourceTagId: request.sourceTagId,
          sourceLabel: merged.sourceLabel,
          targetLabel: merged.target.label,
          movedProfiles: merged.movedProfiles,
        },
      });
      return { target: merged.target, movedProfiles: merged.movedProfiles };
    });
  }
}
