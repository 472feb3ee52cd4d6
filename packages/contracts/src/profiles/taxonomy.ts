import { Type } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, ValidateNested } from 'class-validator';
import { PageQuery } from '../common/page.js';
import { Locale } from '../common/role.js';
import { Trim } from './account-fields.js';

export const SEARCH_SKILLS = 'rpc.profiles.skill.search.v1';
export const SEARCH_TAGS = 'rpc.profiles.tag.search.v1';
export const MERGE_TAGS = 'rpc.profiles.tag.merge.v1';

export const TAG_MAX_LENGTH = 40;
export const MAX_TAGS_PER_PROFILE = 20;
export const MAX_SKILLS_PER_PROFILE = 50;

/** A skill of the taxonomy; ids are stable slugs such as `data-analysis`. */
export class SkillView {
  @IsString() id!: string;
  @IsString() familyId!: string;
  @IsString() labelFr!: string;
  @IsString() labelEn!: string;
  @IsString() familyLabelFr!: string;
  @IsString() familyLabelEn!: string;
}

/** Searches skill labels in both languages, accents and case ignored; `locale` orders the results. */
export class SearchSkillsRequest extends PageQuery {
  @IsOptional() @Trim() @IsString() @MaxLength(100) q?: string;
  @IsOptional() @IsString() @MaxLength(60) familyId?: string;
  @IsOptional() @IsEnum(Locale) locale?: Locale;
}

export class SkillPage {
  @ValidateNested({ each: true }) @Type(() => SkillView) items!: SkillView[];
  @IsInt() @Min(0) total!: number;
  @IsInt() @Min(1) page!: number;
  @IsInt() @Min(1) pageSize!: number;
}

/** A free tag, stored normalised (lower case, accents folded, spaces collapsed). */
export class TagView {
  @IsUUID() id!: string;
  @IsString() label!: string;
}

export class TagUsageView extends TagView {
  /** How many profiles carry the tag. */
  @IsInt() @Min(0) usageCount!: number;
}

export class SearchTagsRequest extends PageQuery {
  @IsOptional() @Trim() @IsString() @MaxLength(TAG_MAX_LENGTH) q?: string;
}

export class TagPage {
  @ValidateNested({ each: true }) @Type(() => TagUsageView) items!: TagUsageView[];
  @IsInt() @Min(0) total!: number;
  @IsInt() @Min(1) page!: number;
  @IsInt() @Min(1) pageSize!: number;
}

/** Staff: every profile tagged `source` is tagged `target` instead, and `source` disappears. */
export class MergeTagsRequest {
  @IsUUID() sourceTagId!: string;
  @IsUUID() targetTagId!: string;
}

export class MergeTagsReply {
  @ValidateNested() @Type(() => TagUsageView) target!: TagUsageView;
  /** Profiles that carried the source tag (and now carry the target). */
  @IsInt() @Min(0) movedProfiles!: number;
}

/** Lower case, accents folded, inner spaces collapsed, trimmed: "  Économie  Sociale " → "economie sociale". */
export function normaliseTag(label: string): string {
  return label
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
