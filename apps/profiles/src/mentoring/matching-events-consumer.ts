import type { Provider } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { InboxConsumerRunner } from '@passerelle/nest-common';
import type { ProfilesConfig } from '../config/profiles.config.js';
import { DATA_SOURCE, PROFILES_CONFIG } from '../tokens.js';
import { applyMatchingEvent } from './matching-events.js';

/** The durable JetStream consumer of the matching events (infra/nats gives the profiles user its subjects). */
export const MATCHING_EVENTS_CONSUMER = 'profiles-matching';
/** One filter subject: nats-server 2.9 takes no more. */
export const MATCHING_EVENTS_SUBJECTS = ['evt.matching.>'];

/**
 * Follows the matching events (partners, mentor activity) as part of the
 * service: `start()` once the application is initialised; it stops before
 * the DataSource closes, finishing the event in hand.
 */
export class MatchingEventsConsumer extends InboxConsumerRunner {
  constructor(dataSource: DataSource, config: ProfilesConfig) {
    super(dataSource, {
      service: 'profiles',
      name: MATCHING_EVENTS_CONSUMER,
      subjects: MATCHING_EVENTS_SUBJECTS,
      handle: applyMatchingEvent,
      config,
    });
  }
}

export const matchingEventsConsumerProvider: Provider = {
  provide: MatchingEventsConsumer,
  useFactory: (dataSource: DataSource, config: ProfilesConfig) =>
    new MatchingEventsConsumer(dataSource, config),
  inject: [DATA_SOURCE, PROFILES_CONFIG],
};
