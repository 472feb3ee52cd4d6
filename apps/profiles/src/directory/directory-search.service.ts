import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { ErrorCode, pageOf, type DirectoryPage, type SearchDirectoryRequest } from '@passerelle/contracts';
import { DomainError, type ActorRef } from '@passerelle/nest-common';
import { Skill } from '../taxonomy/skill.entity.js';
import { DATA_SOURCE } from '../tokens.js';
import { audienceOf } from './directory-audience.js';
import { toDirectoryCard } from './directory-card.js';
import { buildDirectoryQuery, type DirectoryRow, type SqlQuery } from './directory-query.js';

@Injectable()
export class DirectorySearchService {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  /** Staff search every alumnus with every field; members only listed mentors with what they may see. */
  async search(actor: ActorRef, request: SearchDirectoryRequest): Promise<DirectoryPage> {
    if (request.skill && !(await this.dataSource.manager.existsBy(Skill, { id: request.skill }))) {
      throw new DomainError(ErrorCode.VALIDATION_FAILED, 'skill is not a skill of the taxonomy', {
        fields: [{ field: 'skill', messages: ['skill is not a skill of the taxonomy'] }],
      });
    }
    const audience = audienceOf(actor.role);
    const query = buildDirectoryQuery(request, audience);
    const rows: DirectoryRow[] = await this.dataSource.query(query.page.text, query.page.values);
    const { page, pageSize, offset } = pageOf(request);
    const total = rows[0] ? Number(rows[0].total) : offset === 0 ? 0 : await this.count(query.count);
    return { items: rows.map((row) => toDirectoryCard(row, audience)), total, page, pageSize };
  }

  private async count(query: SqlQuery): Promise<number> {
    const [row] = (await this.dataSource.query(query.text, query.values)) as { total: string }[];
    return Number(row?.total ?? 0);
  }
}
