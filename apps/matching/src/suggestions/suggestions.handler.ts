import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { LIST_SUGGESTIONS, ListSuggestionsQuery, type SuggestionList } from '@passerelle/contracts';
import { Actor, type ActorRef } from '@passerelle/nest-common';
import { SuggestionsService } from './suggestions.service.js';

@Controller()
export class SuggestionsHandler {
  constructor(private readonly suggestions: SuggestionsService) {}

  /** The calling mentee's suggestions (students in classic programmes, alumni in reverse ones). */
  @MessagePattern(LIST_SUGGESTIONS)
  list(@Actor() actor: ActorRef, @Payload() query: ListSuggestionsQuery): Promise<SuggestionList> {
    return this.suggestions.list(actor, query);
  }
}
