import { Inject, Injectable, Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { Role } from '@passerelle/contracts';
import { AccountsService, type NewAccount } from '../accounts/accounts.service.js';
import type { ProfilesConfig } from '../config/profiles.config.js';
import { loadOnboardingCatalogue } from '../onboarding/onboarding-catalogue-loader.js';
import { loadSkillCatalogue } from '../taxonomy/skill-catalogue-loader.js';
import { DATA_SOURCE, PROFILES_CONFIG } from '../tokens.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts.js';

/**
 * Data loaded at start: the skills taxonomy, the training modules and first charter version, the first administrator (ADMIN_EMAIL and
 * ADMIN_PASSWORD) and, with DEMO_DATA, the demo accounts. An account that
 * exists already is left exactly as it is, so restarting changes nothing.
 */
@Injectable()
export class Seeder {
  private readonly logger = new Logger('Seeder');

  constructor(
    private readonly accounts: AccountsService,
    @Inject(PROFILES_CONFIG) private readonly config: ProfilesConfig,
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
  ) {}

  async run(): Promise<void> {
    // Reference data every deployment needs, demo or not.
    await loadSkillCatalogue(this.dataSource.manager);
    await loadOnboardingCatalogue(this.dataSource.manager);
    const { ADMIN_EMAIL, ADMIN_PASSWORD } = this.config;
    if (ADMIN_EMAIL && ADMIN_PASSWORD) {
      const created = await this.createIfMissing({
        email: ADMIN_EMAIL.trim().toLowerCase(),
        password: ADMIN_PASSWORD,
        displayName: 'Administrator',
        role: Role.Admin,
      });
      if (created) this.logger.log(`Created the administrator account ${ADMIN_EMAIL}`);
    }
    if (this.config.DEMO_DATA) await this.seedDemo();
  }

  private async seedDemo(): Promise<void> {
    let created = 0;
    for (const account of DEMO_ACCOUNTS) {
      if (await this.createIfMissing({ ...account, password: DEMO_PASSWORD })) created += 1;
    }
    const logins = DEMO_ACCOUNTS.map((account) => `${account.role.padEnd(8)} ${account.email}`).join('\n  ');
    this.logger.log(
      `Demo data: ${created} account(s) created now, ${DEMO_ACCOUNTS.length} in all. ` +
        `Sign in with any of these, password "${DEMO_PASSWORD}":\n  ${logins}`,
    );
  }

  private async createIfMissing(account: NewAccount): Promise<boolean> {
    if (await this.accounts.findByEmail(account.email)) return false;
    try {
      await this.accounts.create(account);
      return true;
    } catch (error) {
      // Two replicas starting together: the other one created it first.
      if (await this.accounts.findByEmail(account.email)) return false;
      throw error;
    }
  }
}
