import { Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { createPingController, outboxRelayRunnerProvider } from '@passerelle/nest-common';
import { AccountPersonalData } from './accounts/account-personal-data.js';
import { AccountsHandler } from './accounts/accounts.handler.js';
import { AccountsService } from './accounts/accounts.service.js';
import { AuditTrail } from './audit/audit-trail.js';
import { AuditHandler } from './audit/audit.handler.js';
import { CharterHandler } from './onboarding/charter.handler.js';
import { CharterService } from './onboarding/charter.service.js';
import { MentorAvailability } from './onboarding/mentor-availability.service.js';
import { MentorQueueReader } from './onboarding/mentor-queue.reader.js';
import { MentorsHandler } from './onboarding/mentors.handler.js';
import { MentorsService } from './onboarding/mentors.service.js';
import { OnboardingPersonalData } from './onboarding/onboarding-personal-data.js';
import { TrainingExpirySweep } from './onboarding/training-expiry-sweep.js';
import { TrainingHandler } from './onboarding/training.handler.js';
import { TrainingService } from './onboarding/training.service.js';
import { PasswordHasher } from './accounts/password-hasher.js';
import type { ProfilesConfig } from './config/profiles.config.js';
import { DirectoryPersonalData } from './directory/directory-personal-data.js';
import { DirectorySearchService } from './directory/directory-search.service.js';
import { DirectoryHandler } from './directory/directory.handler.js';
import { AccountErasureService } from './privacy/account-erasure.service.js';
import { PersonalDataExportService } from './privacy/personal-data-export.service.js';
import { matchingEventsConsumerProvider } from './mentoring/matching-events-consumer.js';
import { MentoringPersonalData } from './mentoring/mentoring-personal-data.js';
import { MatchingFactsHandler } from './matching-facts/matching-facts.handler.js';
import { MatchingFactsReader } from './matching-facts/matching-facts.reader.js';
import { AlumniImportHandler } from './import/alumni-import.handler.js';
import { AlumniImportService } from './import/alumni-import.service.js';
import { PersonalDataRegistry } from './privacy/personal-data.registry.js';
import { PrivacyHandler } from './privacy/privacy.handler.js';
import { ProfilePersonalData } from './profile/profile-personal-data.js';
import { ProfilePhotosService } from './profile/profile-photos.service.js';
import { ProfileStore } from './profile/profile-store.js';
import { ProfileWriter } from './profile/profile-writer.js';
import { ProfileHandler } from './profile/profile.handler.js';
import { ProfileService } from './profile/profile.service.js';
import { DemoProfiles } from './seed/demo-profiles.js';
import { Seeder } from './seed/seeder.js';
import { RefreshTokenStore } from './sessions/refresh-token.store.js';
import { SessionsHandler } from './sessions/sessions.handler.js';
import { SessionsService } from './sessions/sessions.service.js';
import { SessionsPersonalData } from './sessions/sessions-personal-data.js';
import { SkillsService } from './taxonomy/skills.service.js';
import { TagsService } from './taxonomy/tags.service.js';
import { TaxonomyHandler } from './taxonomy/taxonomy.handler.js';
import { DATA_SOURCE, PROFILES_CONFIG } from './tokens.js';

export const SERVICE_NAME = 'profiles';

/** Closes the pool when the service stops, after NATS has stopped delivering requests. */
class DatabaseShutdown implements OnApplicationShutdown {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}

@Module({})
export class ProfilesModule {
  static forRoot(config: ProfilesConfig, dataSource: DataSource): DynamicModule {
    return {
      module: ProfilesModule,
      controllers: [
        createPingController(SERVICE_NAME),
        AccountsHandler,
        SessionsHandler,
        PrivacyHandler,
        AlumniImportHandler,
        ProfileHandler,
        TaxonomyHandler,
        DirectoryHandler,
        AuditHandler,
        CharterHandler,
        TrainingHandler,
        MentorsHandler,
        MatchingFactsHandler,
      ],
      providers: [
        { provide: PROFILES_CONFIG, useValue: config },
        { provide: DATA_SOURCE, useValue: dataSource },
        DatabaseShutdown,
        PasswordHasher,
        RefreshTokenStore,
        AccountsService,
        SessionsService,
        Seeder,
        DemoProfiles,
        PersonalDataRegistry,
        PersonalDataExportService,
        AccountErasureService,
        AlumniImportService,
        AccountPersonalData,
        SessionsPersonalData,
        SkillsService,
        TagsService,
        ProfileStore,
        ProfileWriter,
        ProfileService,
        ProfilePhotosService,
        ProfilePersonalData,
        outboxRelayRunnerProvider(DATA_SOURCE, { service: SERVICE_NAME, config }),
        DirectorySearchService,
        DirectoryPersonalData,
        AuditTrail,
        MentorAvailability,
        CharterService,
        TrainingService,
        MentorQueueReader,
        MentorsService,
        TrainingExpirySweep,
        OnboardingPersonalData,
        MatchingFactsReader,
        matchingEventsConsumerProvider,
        MentoringPersonalData,
      ],
    };
  }
}
