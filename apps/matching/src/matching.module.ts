import { Module, type DynamicModule } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import {
  createPingController,
  dataSourceShutdownProvider,
  outboxRelayRunnerProvider,
} from '@passerelle/nest-common';
import type { MatchingConfig } from './config/matching.config.js';
import { CyclePublisher } from './cycles/cycle-publisher.js';
import { CycleReader } from './cycles/cycle-reader.js';
import { CyclesHandler } from './cycles/cycles.handler.js';
import { CyclesService } from './cycles/cycles.service.js';
import { MentorshipsHandler } from './mentorships/mentorships.handler.js';
import { MentorshipsService } from './mentorships/mentorships.service.js';
import { StalledMentorshipsService } from './mentorships/stalled-mentorships.service.js';
import { readModelConsumerProvider } from './members/read-model-consumer.js';
import { suggestionIndexProvider } from './suggestions/suggestion-index.js';
import { SuggestionsHandler } from './suggestions/suggestions.handler.js';
import { SuggestionsService } from './suggestions/suggestions.service.js';
import { ProgrammesHandler } from './programmes/programmes.handler.js';
import { ProgrammesService } from './programmes/programmes.service.js';
import { ProfilesClient } from './profiles-client/profiles.client.js';
import { RequestExpirySweep } from './requests/request-expiry-sweep.js';
import { RequestAnswersService } from './requests/request-answers.service.js';
import { RequestMatchExplainer } from './requests/request-match.js';
import { RequestReaderService } from './requests/request-reader.service.js';
import { RequestsHandler } from './requests/requests.handler.js';
import { RequestsService } from './requests/requests.service.js';
import { DATA_SOURCE, MATCHING_CONFIG } from './tokens.js';

export const SERVICE_NAME = 'matching';

@Module({})
export class MatchingModule {
  static forRoot(config: MatchingConfig, dataSource: DataSource): DynamicModule {
    return {
      module: MatchingModule,
      controllers: [
        createPingController(SERVICE_NAME),
        ProgrammesHandler,
        SuggestionsHandler,
        RequestsHandler,
        MentorshipsHandler,
        CyclesHandler,
      ],
      providers: [
        { provide: MATCHING_CONFIG, useValue: config },
        { provide: DATA_SOURCE, useValue: dataSource },
        dataSourceShutdownProvider(DATA_SOURCE),
        outboxRelayRunnerProvider(DATA_SOURCE, { service: SERVICE_NAME, config }),
        ProgrammesService,
        readModelConsumerProvider,
        suggestionIndexProvider,
        SuggestionsService,
        ProfilesClient,
        RequestsService,
        RequestAnswersService,
        RequestReaderService,
        RequestMatchExplainer,
        RequestExpirySweep,
        MentorshipsService,
        StalledMentorshipsService,
        CycleReader,
        CyclesService,
        CyclePublisher,
      ],
    };
  }
}
