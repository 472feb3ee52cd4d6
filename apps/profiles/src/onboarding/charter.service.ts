import { Inject, Injectable } from '@nestjs/common';
import { In, type DataSource, type EntityManager } from 'typeorm';
import {
  ErrorCode,
  type AcceptCharterRequest,
  type CharterAcceptanceStatusReply,
  type CharterAcceptanceStatusRequest,
  type CharterAcceptanceView,
  type CharterStandingRequest,
  type CharterStandingView,
  type CharterVersionView,
  type CurrentCharterView,
  type PublishCharterRequest,
} from '@passerelle/contracts';
import { DomainError, type ActorRef } from '@passerelle/nest-common';
import { Account } from '../accounts/account.entity.js';
import { auditActor, AuditTrail } from '../audit/audit-trail.js';
import { requireStaff } from '../common/require-staff.js';
import { DATA_SOURCE } from '../tokens.js';
import { CharterAcceptance } from './charter-acceptance.entity.js';
import { CharterVersion } from './charter-version.entity.js';
import { ACCEPTED_CURRENT_CHARTER_SQL, MentorAvailability } from './mentor-availability.service.js';
import { CHARTER_SIGNERS, requireRole } from './onboarding-roles.js';

/**
 * Whether the account accepted the charter version that is current now.
 * Matching must check it (with the mentee's and the mentor's ids) before any
 * new match; pass a transaction's manager to read inside it.
 */
export async function hasAcceptedCurrentCharter(manager: EntityManager, accountId: string): Promise<boolean> {
  const [{ accepted }] = await manager.query<[{ accepted: boolean }]>(ACCEPTED_CURRENT_CHARTER_SQL, [
    accountId,
  ]);
  return accepted;
}

@Injectable()
export class CharterService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
    private readonly availability: MentorAvailability,
  ) {}

  /** See the function of the same name; this one reads outside any transaction. */
  hasAcceptedCurrentCharter(accountId: string): Promise<boolean> {
    return hasAcceptedCurrentCharter(this.dataSource.manager, accountId);
  }

  /**
   * For other services (matching checks both people before a match): which of these accounts
   * accepted the current version. Says nothing else about them, so any caller may ask.
   */
  async acceptanceStatus(request: CharterAcceptanceStatusRequest): Promise<CharterAcceptanceStatusReply> {
    const current = await this.currentVersion(this.dataSource.manager);
    const rows = await this.dataSource.manager.find(CharterAcceptance, {
      where: { version: current.version, accountId: In(request.accountIds) },
      select: { accountId: true },
    });
    const accepted = new Set(rows.map((row) => row.accountId));
    return {
      currentVersion: current.version,
      items: request.accountIds.map((accountId) => ({ accountId, acceptedCurrent: accepted.has(accountId) })),
    };
  }

  /** Staff: whether this person accepted the charter, which version and when. */
  async standingOf(actor: ActorRef, { accountId }: CharterStandingRequest): Promise<CharterStandingView> {
    requireStaff(actor);
    const manager = this.dataSource.manager;
    if (!(await manager.existsBy(Account, { id: accountId }))) {
      throw new DomainError(ErrorCode.NOT_FOUND, 'There is no member with this id');
    }
    const current = await this.currentVersion(manager);
    const latest = await this.latestAcceptance(manager, accountId);
    return {
      accountId,
      currentVersion: current.version,
      acceptedVersion: latest?.version ?? null,
      acceptedAt: latest?.acceptedAt.toISOString() ?? null,
      acceptedCurrent: latest?.version === current.version,
    };
  }

  async current(actor: ActorRef): Promise<CurrentCharterView> {
    const charter = await this.currentVersion(this.dataSource.manager);
    const latest = await this.latestAcceptance(this.dataSource.manager, actor.userId);
    return {
      ...toCharterVersionView(charter),
      acceptedVersion: latest?.version ?? null,
      acceptedAt: latest?.version === charter.version ? latest.acceptedAt.toISOString() : null,
    };
  }

  /** Accepting the current version again changes nothing; an older version is refused, so nobody accepts unread text. */
  async accept(actor: ActorRef, request: AcceptCharterRequest): Promise<CharterAcceptanceView> {
    requireRole(actor, CHARTER_SIGNERS, 'Accepting the charter');
    return this.dataSource.transaction(async (manager) => {
      const current = await this.currentVersion(manager);
      if (request.version < current.version) {
        throw new DomainError(
          ErrorCode.CONFLICT,
          `Version ${request.version} of the charter is no longer current: please read version ${current.version} and accept it`,
          { currentVersion: current.version },
        );
      }
      if (request.version > current.version) {
        throw new DomainError(ErrorCode.NOT_FOUND, `The charter has no version ${request.version}`);
      }
      await manager
        .createQueryBuilder()
        .insert()
        .into(CharterAcceptance)
        .values({ accountId: actor.userId, version: current.version })
        .orIgnore()
        .execute();
      const acceptance = await manager.findOneByOrFail(CharterAcceptance, {
        accountId: actor.userId,
        version: current.version,
      });
      await this.availability.refresh(manager, actor.userId);
      return {
        accountId: acceptance.accountId,
        version: acceptance.version,
        acceptedAt: acceptance.acceptedAt.toISOString(),
      };
    });
  }

  /** Staff: the next version. Until they accept it, available mentors become unavailable (announced). */
  async publish(actor: ActorRef, request: PublishCharterRequest): Promise<CharterVersionView> {
    requireStaff(actor);
    return this.dataSource.transaction(async (manager) => {
      // One publisher at a time, so two publications cannot both take the same next number.
      await manager.query('LOCK TABLE profiles.charter_versions IN SHARE ROW EXCLUSIVE MODE');
      const [{ latest }] = await manager.query<[{ latest: number | null }]>(
        'SELECT max(version) AS latest FROM profiles.charter_versions',
      );
      const version = (latest ?? 0) + 1;
      const charter = await manager.save(
        manager.create(CharterVersion, {
          version,
          bodyFr: request.bodyFr,
          bodyEn: request.bodyEn,
          publishedBy: actor.userId,
        }),
      );
      const madeUnavailable = await this.availability.refreshAvailableMentors(manager);
      await this.audit.record(manager, {
        ...auditActor(actor),
        action: 'charter.published',
        objectId: String(version),
        details: { version, mentorsMadeUnavailable: madeUnavailable },
      });
      return toCharterVersionView(charter);
    });
  }

  private latestAcceptance(manager: EntityManager, accountId: string): Promise<CharterAcceptance | null> {
    return manager.findOne(CharterAcceptance, { where: { accountId }, order: { version: 'DESC' } });
  }

  private async currentVersion(manager: EntityManager): Promise<CharterVersion> {
    const [charter] = await manager.find(CharterVersion, { order: { version: 'DESC' }, take: 1 });
    // The first version is loaded at start, so this only happens on a database nobody seeded.
    if (!charter) throw new DomainError(ErrorCode.NOT_FOUND, 'No charter has been published yet');
    return charter;
  }
}

export function toCharterVersionView(charter: CharterVersion): CharterVersionView {
  return {
    version: charter.version,
    bodyFr: charter.bodyFr,
    bodyEn: charter.bodyEn,
    publishedAt: charter.publishedAt.toISOString(),
  };
}
