import { Body, Controller, Get, HttpCode, Param, Post, Query, UseGuards } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import {
  ACCEPT_REQUEST,
  ANSWER_REQUEST_INFO,
  ASK_REQUEST_INFO,
  CREATE_REQUEST,
  CreateMentoringRequest,
  DECLINE_REQUEST,
  DeclineRequestBody,
  GET_REQUEST,
  IncomingRequestPage,
  IncomingRequestView,
  LIST_INCOMING_REQUESTS,
  LIST_MY_REQUESTS,
  ListIncomingRequestsQuery,
  ListRequestsQuery,
  LocalisedQuery,
  MentoringRequestPage,
  MentoringRequestView,
  RequestIdParam,
  RequestInfoBody,
  Role,
  WITHDRAW_REQUEST,
} from '@passerelle/contracts';
import type { ActorRef } from '@passerelle/nest-common';
import { CurrentActor } from '../auth/actor.decorator.js';
import { JwtAuthGuard } from '../auth/jwt-auth.guard.js';
import { Roles } from '../auth/roles.guard.js';
import { ApiQueryFrom } from '../openapi/api-query-from.js';
import { ServicesClient } from '../rpc/services.client.js';

/**
 * Mentoring requests: a mentee asks up to three ranked mentors; the mentor
 * accepts, declines or asks a question. Students and alumni only (either can
 * be a mentee or a mentor, depending on the programme's mode); matching checks
 * that the caller is the request's mentee or its current mentor.
 */
@ApiTags('matching')
@ApiBearerAuth()
@Controller('api/v1/matching/requests')
@UseGuards(JwtAuthGuard)
@Roles(Role.Student, Role.Alumnus)
@ApiForbiddenResponse({ description: 'Not a party to this request, or not a student or alumnus' })
export class RequestsController {
  constructor(private readonly services: ServicesClient) {}

  @Post()
  @ApiOperation({ summary: 'Send a request with a message to up to three ranked mentors' })
  @ApiCreatedResponse({ type: MentoringRequestView })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED, naming the field' })
  @ApiConflictResponse({
    description: 'A mentor is not available, or I already have an open request in this programme',
  })
  create(
    @CurrentActor() actor: ActorRef,
    @Body() body: CreateMentoringRequest,
  ): Promise<MentoringRequestView> {
    return this.services.call(CREATE_REQUEST, body, actor);
  }

  @Get('mine')
  @ApiOperation({ summary: 'My requests as a mentee, newest first' })
  @ApiQueryFrom(ListRequestsQuery)
  @ApiOkResponse({ type: MentoringRequestPage })
  listMine(
    @CurrentActor() actor: ActorRef,
    @Query() query: ListRequestsQuery,
  ): Promise<MentoringRequestPage> {
    return this.services.call(LIST_MY_REQUESTS, query, actor);
  }

  @Get('incoming')
  @ApiOperation({ summary: 'Requests waiting for my answer as a mentor, with the reasons of the match' })
  @ApiQueryFrom(ListIncomingRequestsQuery)
  @ApiOkResponse({ type: IncomingRequestPage })
  listIncoming(
    @CurrentActor() actor: ActorRef,
    @Query() query: ListIncomingRequestsQuery,
  ): Promise<IncomingRequestPage> {
    return this.services.call(LIST_INCOMING_REQUESTS, query, actor);
  }

  @Get(':requestId')
  @ApiOperation({ summary: 'One request I sent or received (a mentor also gets the reasons)' })
  @ApiQueryFrom(LocalisedQuery)
  @ApiOkResponse({ type: MentoringRequestView })
  @ApiNotFoundResponse({ description: 'No such request' })
  get(
    @CurrentActor() actor: ActorRef,
    @Param() ref: RequestIdParam,
    @Query() query: LocalisedQuery,
  ): Promise<MentoringRequestView | IncomingRequestView> {
    return this.services.call(GET_REQUEST, { ...query, requestId: ref.requestId }, actor);
  }

  @Post(':requestId/accept')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'The current mentor accepts: a mentorship is proposed, with the mentor’s side of the agreement accepted',
  })
  @ApiOkResponse({ type: MentoringRequestView })
  @ApiNotFoundResponse({ description: 'No such request' })
  @ApiConflictResponse({ description: 'The request is closed, or CAPACITY_REACHED' })
  accept(@CurrentActor() actor: ActorRef, @Param() ref: RequestIdParam): Promise<MentoringRequestView> {
    return this.services.call(ACCEPT_REQUEST, ref, actor);
  }

  @Post(':requestId/decline')
  @HttpCode(200)
  @ApiOperation({
    summary: 'The current mentor declines, with a reason: the request moves to the next choice',
  })
  @ApiOkResponse({ type: MentoringRequestView })
  @ApiNotFoundResponse({ description: 'No such request' })
  @ApiConflictResponse({ description: 'The request is closed' })
  decline(
    @CurrentActor() actor: ActorRef,
    @Param() ref: RequestIdParam,
    @Body() body: DeclineRequestBody,
  ): Promise<MentoringRequestView> {
    return this.services.call(DECLINE_REQUEST, { ...body, requestId: ref.requestId }, actor);
  }

  @Post(':requestId/questions')
  @HttpCode(200)
  @ApiOperation({ summary: 'The current mentor asks the mentee for more information' })
  @ApiOkResponse({ type: MentoringRequestView })
  @ApiNotFoundResponse({ description: 'No such request' })
  @ApiConflictResponse({ description: 'The request is closed' })
  ask(
    @CurrentActor() actor: ActorRef,
    @Param() ref: RequestIdParam,
    @Body() body: RequestInfoBody,
  ): Promise<MentoringRequestView> {
    return this.services.call(ASK_REQUEST_INFO, { ...body, requestId: ref.requestId }, actor);
  }

  @Post(':requestId/answers')
  @HttpCode(200)
  @ApiOperation({ summary: 'The mentee answers the mentor’s question' })
  @ApiOkResponse({ type: MentoringRequestView })
  @ApiNotFoundResponse({ description: 'No such request' })
  @ApiConflictResponse({ description: 'No question is waiting for an answer' })
  answer(
    @CurrentActor() actor: ActorRef,
    @Param() ref: RequestIdParam,
    @Body() body: RequestInfoBody,
  ): Promise<MentoringRequestView> {
    return this.services.call(ANSWER_REQUEST_INFO, { ...body, requestId: ref.requestId }, actor);
  }

  @Post(':requestId/withdraw')
  @HttpCode(200)
  @ApiOperation({ summary: 'The mentee withdraws an open request' })
  @ApiOkResponse({ type: MentoringRequestView })
  @ApiNotFoundResponse({ description: 'No such request' })
  @ApiConflictResponse({ description: 'The request is already closed' })
  withdraw(@CurrentActor() actor: ActorRef, @Param() ref: RequestIdParam): Promise<MentoringRequestView> {
    return this.services.call(WITHDRAW_REQUEST, ref, actor);
  }
}
