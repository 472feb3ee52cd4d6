import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import {
  ErrorCode,
  normaliseTag,
  pageOf,
  type MergeTagsReply,
  type MergeTagsRequest,
  type SearchTagsRequest,
  type TagPage,
  type TagView,
} from '@passerelle/contracts';
import { DomainError } from '@passerelle/nest-common';
import { invalidField } from '../profile/validation-failure.js';
import { DATA_SOURCE } from '../tokens.js';
import { ProfileTag } from './profile-tag.entity.js';
import { Tag } from './tag.entity.js';

/** The distinct normalised labels of a list, blanks dropped, first spelling order kept. */
export function normaliseTags(labels: readonly string[]): string[] {
  return [...new Set(labels.map(normaliseTag).filter((label) => label !== ''))];
}

/** Free tags on profiles: stored once per normalised label, merged by staff. */
@Injectable()
export class TagsService {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  /** Replaces a person's tags; "Économie sociale" and "economie  sociale" are one tag. */
  async replace(manager: EntityManager, accountId: string, labels: readonly string[]): Promise<void> {
    const normalised = normaliseTags(labels);
    if (normalised.length > 0) {
      // Concurrent writers may create the same tag: ON CONFLICT keeps one row.
      await manager
        .createQueryBuilder()
        .insert()
        .into(Tag)
        .values(normalised.map((label) => ({ label })))
        .orIgnore()
        .execute();
    }
    const tags = normalised.length ? await manager.findBy(Tag, { label: In(normalised) }) : [];
    await manager.delete(ProfileTag, { accountId });
    if (tags.length > 0) {
      await manager.insert(
        ProfileTag,
        tags.map((tag) => ({ accountId, tagId: tag.id })),
      );
    }
  }

  async of(manager: EntityManager, accountId: string): Promise<TagView[]> {
    return manager
      .createQueryBuilder(Tag, 'tag')
      .innerJoin(ProfileTag, 'link', 'link.tag_id = tag.id')
      .where('link.account_id = :accountId', { accountId })
      .orderBy('tag.label', 'ASC')
      .select(['tag.id', 'tag.label'])
      .getMany()
      .then((tags) => tags.map(({ id, label }) => ({ id, label })));
  }

  /** Tags with how many profiles carry them, most used first (for staff tidying them up). */
  async search(request: SearchTagsRequest): Promise<TagPage> {
    const { page, pageSize, offset } = pageOf(request);
    const q = normaliseTag(request.q ?? '').replace(/[\\%_]/g, '\\$&');
    const where = q ? `WHERE tag.label LIKE $1 ESCAPE '\\'` : '';
    const params = q ? [`%${q}%`] : [];
    const rows: { id: string; label: string; usage_count: number; total: number }[] =
      await this.dataSource.query(
        `SELECT tag.id, tag.label, count(link.account_id)::int AS usage_count, count(*) OVER ()::int AS total
           FROM profiles.tags tag
           LEFT JOIN profiles.profile_tags link ON link.tag_id = tag.id
           ${where}
          GROUP BY tag.id
          ORDER BY usage_count DESC, tag.label ASC
          OFFSET ${offset} LIMIT ${pageSize}`,
        params,
      );
    const total = rows[0]?.total ?? (await this.count(where, params));
    return {
      items: rows.map((row) => ({ id: row.id, label: row.label, usageCount: row.usage_count })),
      total,
      page,
      pageSize,
    };
  }

  /**
   * Every profile tagged `source` gets `target` instead (once, even if it had
   * both) and `source` is deleted. Runs in the caller's transaction so the
   * audit record commits with it.
   */
  async merge(
    manager: EntityManager,
    request: MergeTagsRequest,
  ): Promise<MergeTagsReply & { sourceLabel: string }> {
    if (request.sourceTagId === request.targetTagId) {
      throw invalidField('targetTagId', 'targetTagId must differ from sourceTagId');
    }
    // Locked in id order so two opposite merges cannot deadlock.
    const tags = await manager.find(Tag, {
      where: { id: In([request.sourceTagId, request.targetTagId]) },
      order: { id: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
    const source = tags.find((tag) => tag.id === request.sourceTagId);
    const target = tags.find((tag) => tag.id === request.targetTagId);
    if (!source) throw new DomainError(ErrorCode.NOT_FOUND, 'No tag has this id', { field: 'sourceTagId' });
    if (!target) throw new DomainError(ErrorCode.NOT_FOUND, 'No tag has this id', { field: 'targetTagId' });
    const movedProfiles = await this.usage(manager, source.id);
    await manager.query(
      `INSERT INTO profiles.profile_tags (account_id, tag_id)
       SELECT account_id, $2 FROM profiles.profile_tags WHERE tag_id = $1
       ON CONFLICT DO NOTHING`,
      [source.id, target.id],
    );
    await manager.delete(Tag, { id: source.id });
    const usageCount = await this.usage(manager, target.id);
    return {
      target: { id: target.id, label: target.label, usageCount },
      movedProfiles,
      sourceLabel: source.label,
    };
  }

  private async usage(manager: EntityManager, tagId: string): Promise<number> {
    return manager.countBy(ProfileTag, { tagId });
  }

  private async count(where: string, params: unknown[]): Promise<number> {
    const [row] = (await this.dataSource.query(
      `SELECT count(*)::int AS count FROM profiles.tags tag ${where}`,
      params,
    )) as [{ count: number }];
    return row.count;
  }
}
