import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { LIST_MATCHING_FACTS, ListMatchingFactsRequest, type MatchingFactsPage } from '@passerelle/contracts';
import { MatchingFactsReader } from './matching-facts.reader.js';

/**
 * Service to service (no actor): matching rebuilds its read model with it.
 * The gateway exposes no route to it, and only the matching NATS user may call it (infra/nats).
 */
@Controller()
export class MatchingFactsHandler {
  constructor(private readonly reader: MatchingFactsReader) {}

  @MessagePattern(LIST_MATCHING_FACTS)
  list(@Payload() request: ListMatchingFactsRequest): Promise<MatchingFactsPage> {
    return this.reader.list(request);
  }
}
