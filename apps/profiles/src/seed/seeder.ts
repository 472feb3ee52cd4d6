import { Inject, Injectable, Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { Role } from '@passerelle/contracts';
import { AccountsService, type NewAccount } from '../accounts/accounts.service.js';
import type { ProfilesConfig } from '../config/profiles.config.js';
import { loadOnboardingCatalogue } from '../onboarding/onboarding-catalogue-loader.js';
import { loadSkillCatalogue } from '../taxonomy/skill-catalogue-loader.js';
import { DATA_SOURCE, PROFILES_CONFIG } from '../tokens.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts.js';
import { DemoProfiles } from './demo-profiles.js';
import { ProfileStore } from '../profile/profile-store.js';
import { announceDemoPopulation } from './demo-people/announce-demo-population.js';
import { loadDemoPopulation } from './demo-people/demo-people-loader.js';
import { generateDemoPopulation } from './demo-people/demo-people.js';

/** The generated people of the demo: enough to make the directory's filters and pages meaningful. */
export const DEMO_POPULATION = { alumni: 200, students: 300 } as const;
const DEMO_POPULATION_SEED = 2026;

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
    private readonly demoProfiles: DemoProfiles,
    private readonly profileStore: ProfileStore,
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
    await this.demoProfiles.apply();
    await this.seedDemoPopulation();
    const logins = DEMO_ACCOUNTS.map((account) => `${account.role.padEnd(8)} ${account.email}`).join('\n  ');
    this.logger.log(
      `Demo data: ${created} account(s) created now, ${DEMO_ACCOUNTS.length} in all. ` +
        `Sign in with any of these, password "${DEMO_PASSWORD}":\n  ${logins}`,
    );
  }

  /** The generated alumni and students, in one transaction: all of them or none. */
  private async seedDemoPopulation(): Promise<void> {
    const started = performance.now();
    const population = generateDemoPopulation(DEMO_POPULATION, {
      seed: DEMO_POPULATION_SEED,
      now: new Date(),
    });
    const loaded = await this.dataSource.transaction(async (manager) => {
      const people = await loadDemoPopulation(manager, population);
      await announceDemoPopulation(manager, this.profileStore, people);
      return { alumni: people.alumni.length, students: people.students.length };
    });
    if (loaded.alumni + loaded.students > 0) {
      const seconds = ((performance.now() - started) / 1000).toFixed(2);
      this.logger.log(
        `Demo data: ${loaded.alumni} alumni and ${loaded.students} students loaded in ${seconds} s`,
      );
    }
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
