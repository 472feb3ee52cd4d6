import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  ACCEPT_REQUEST,
  ANSWER_REQUEST_INFO,
  ASK_REQUEST_INFO,
  CREATE_REQUEST,
  CreateMentoringRequest,
  DECLINE_REQUEST,
  DeclineMentoringRequest,
  GET_REQUEST,
  GetRequestQuery,
  LIST_INCOMING_REQUESTS,
  LIST_MY_REQUESTS,
  ListIncomingRequestsQuery,
  ListRequestsQuery,
  RequestIdParam,
  RequestInfoMessage,
  WITHDRAW_REQUEST,
  type IncomingRequestView,
  type MentoringRequestView,
  type Page,
} from '@passerelle/contracts';
import { Actor, type ActorRef } from '@passerelle/nest-common';
import { RequestAnswersService } from './request-answers.service.js';
import { RequestReaderService } from './request-reader.service.js';
import { RequestsService } from './requests.service.js';

@Controller()
export class RequestsHandler {
  constructor(
    private readonly requests: RequestsService,
    private readonly answers: RequestAnswersService,
    private readonly reader: RequestReaderService,
  ) {}

  @MessagePattern(CREATE_REQUEST)
  create(@Actor() actor: ActorRef, @Payload() input: CreateMentoringRequest): Promise<MentoringRequestView> {
    return this.requests.create(actor, input);
  }

  @MessagePattern(ANSWER_REQUEST_INFO)
  answerInfo(@Actor() actor: ActorRef, @Payload() input: RequestInfoMessage): Promise<MentoringRequestView> {
    return this.requests.answerInfo(actor, input);
  }

  @MessagePattern(WITHDRAW_REQUEST)
  withdraw(@Actor() actor: ActorRef, @Payload() input: RequestIdParam): Promise<MentoringRequestView> {
    return this.requests.withdraw(actor, input);
  }

  @MessagePattern(ACCEPT_REQUEST)
  accept(@Actor() actor: ActorRef, @Payload() input: RequestIdParam): Promise<MentoringRequestView> {
    return this.answers.accept(actor, input);
  }

  @MessagePattern(DECLINE_REQUEST)
  decline(
    @Actor() actor: ActorRef,
    @Payload() input: DeclineMentoringRequest,
  ): Promise<MentoringRequestView> {
    return this.answers.decline(actor, input);
  }

  @MessagePattern(ASK_REQUEST_INFO)
  askInfo(@Actor() actor: ActorRef, @Payload() input: RequestInfoMessage): Promise<MentoringRequestView> {
    return this.answers.askInfo(actor, input);
  }

  @MessagePattern(GET_REQUEST)
  get(
    @Actor() actor: ActorRef,
    @Payload() query: GetRequestQuery,
  ): Promise<MentoringRequestView | IncomingRequestView> {
    return this.reader.get(actor, query);
  }

  @MessagePattern(LIST_MY_REQUESTS)
  listMine(
    @Actor() actor: ActorRef,
    @Payload() query: ListRequestsQuery,
  ): Promise<Page<MentoringRequestView>> {
    return this.reader.listMine(actor, query);
  }

  @MessagePattern(LIST_INCOMING_REQUESTS)
  listIncoming(
    @Actor() actor: ActorRef,
    @Payload() query: ListIncomingRequestsQuery,
  ): Promise<Page<IncomingRequestView>> {
    return this.reader.listIncoming(actor, query);
  }
}
