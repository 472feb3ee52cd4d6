import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { LIST_SUGGESTIONS, ListSuggestionsQuery, Role, SuggestionList } from '@passerelle/contracts';
import type { ActorRef } from '@passerelle/nest-common';
import { CurrentActor } from '../auth/actor.decorator.js';
import { JwtAuthGuard } from '../auth/jwt-auth.guard.js';
import { Roles } from '../auth/roles.guard.js';
import { ApiQueryFrom } from '../openapi/api-query-from.js';
import { ServicesClient } from '../rpc/services.client.js';

/**
 * "Find a mentor": the caller's best mentors in a programme, explained.
 * Students in a classic programme, alumni in a reverse one (matching checks
 * which, for the programme asked).
 */
@ApiTags('matching')
@ApiBearerAuth()
@Controller('api/v1/matching/suggestions')
@UseGuards(JwtAuthGuard)
@Roles(Role.Student, Role.Alumnus)
export class SuggestionsController {
  constructor(private readonly services: ServicesClient) {}

  @Get()
  @ApiOperation({
    summary: 'My best mentors in a programme: score 0–100, its parts and the reasons in my language',
  })
  @ApiQueryFrom(ListSuggestionsQuery)
  @ApiOkResponse({ type: SuggestionList })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED, naming the field' })
  @ApiForbiddenResponse({ description: 'Staff, or not the mentee side of this programme’s mode' })
  @ApiNotFoundResponse({ description: 'No programme has this id' })
  list(@CurrentActor() actor: ActorRef, @Query() query: ListSuggestionsQuery): Promise<SuggestionList> {
    return this.services.call(LIST_SUGGESTIONS, query, actor);
  }
}
