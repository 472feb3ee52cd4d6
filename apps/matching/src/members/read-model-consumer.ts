import type { Provider } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { InboxConsumerRunner } from '@passerelle/nest-common';
import type { MatchingConfig } from '../config/matching.config.js';
import { DATA_SOURCE, MATCHING_CONFIG } from '../tokens.js';
import { applyProfilesEvent } from './profiles-events.js';

/** The durable JetStream consumer of the profiles events (infra/nats gives the matching user its subjects). */
export const READ_MODEL_CONSUMER = 'matching-profiles';
/** One filter subject: nats-server 2.9 takes no more. */
export const READ_MODEL_SUBJECTS = ['evt.profiles.>'];

/**
 * Feeds the members read model from the profiles events, as part of the
 * service: `start()` once the application is initialised; it stops before
 * the DataSource closes, finishing the event in hand.
 */
export class ReadModelConsumer extends InboxConsumerRunner {
  constructor(dataSource: DataSource, config: MatchingConfig) {
    super(dataSource, {
      service: 'matching',
      name: READ_MODEL_CONSUMER,
      subjects: READ_MODEL_SUBJECTS,
      handle: applyProfilesEvent,
      config,
    });
  }
}

export const readModelConsumerProvider: Provider = {
  provide: ReadModelConsumer,
  useFactory: (dataSource: DataSource, config: MatchingConfig) => new ReadModelConsumer(dataSource, config),
  inject: [DATA_SOURCE, MATCHING_CONFIG],
};
