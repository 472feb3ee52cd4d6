import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  CycleIdParam,
  GET_CYCLE,
  LIST_CYCLE_ENTRIES,
  LIST_CYCLES,
  ListCycleEntriesRequest,
  ListCyclesQuery,
  LOCK_CYCLE_PAIR,
  LockCyclePairRequest,
  OPEN_CYCLE,
  OpenCycleRequest,
  PUBLISH_CYCLE,
  REMOVE_CYCLE_PAIR,
  RemoveCyclePairRequest,
  RUN_CYCLE,
  SWAP_CYCLE_PAIRS,
  SwapCyclePairsRequest,
  type CycleEntryView,
  type CycleView,
  type Page,
} from '@passerelle/contracts';
import { Actor, type ActorRef } from '@passerelle/nest-common';
import { requireStaff } from '../common/require-staff.js';
import { CyclePublisher } from './cycle-publisher.js';
import { CycleReader } from './cycle-reader.js';
import { CyclesService } from './cycles.service.js';

/** Staff only, every one of them (checked here and in the services). */
@Controller()
export class CyclesHandler {
  constructor(
    private readonly cycles: CyclesService,
    private readonly reader: CycleReader,
    private readonly publisher: CyclePublisher,
  ) {}

  @MessagePattern(OPEN_CYCLE)
  open(@Actor() actor: ActorRef, @Payload() request: OpenCycleRequest): Promise<CycleView> {
    return this.cycles.open(actor, request);
  }

  @MessagePattern(LIST_CYCLES)
  list(@Actor() actor: ActorRef, @Payload() query: ListCyclesQuery): Promise<Page<CycleView>> {
    requireStaff(actor);
    return this.reader.list(query);
  }

  @MessagePattern(GET_CYCLE)
  get(@Actor() actor: ActorRef, @Payload() param: CycleIdParam): Promise<CycleView> {
    requireStaff(actor);
    return this.reader.view(param.cycleId);
  }

  @MessagePattern(LIST_CYCLE_ENTRIES)
  entries(
    @Actor() actor: ActorRef,
    @Payload() request: ListCycleEntriesRequest,
  ): Promise<Page<CycleEntryView>> {
    requireStaff(actor);
    return this.reader.entries(request);
  }

  @MessagePattern(RUN_CYCLE)
  run(@Actor() actor: ActorRef, @Payload() param: CycleIdParam): Promise<CycleView> {
    return this.cycles.run(actor, param.cycleId);
  }

  @MessagePattern(LOCK_CYCLE_PAIR)
  lockPair(@Actor() actor: ActorRef, @Payload() request: LockCyclePairRequest): Promise<CycleView> {
    return this.cycles.lockPair(actor, request);
  }

  @MessagePattern(REMOVE_CYCLE_PAIR)
  removePair(@Actor() actor: ActorRef, @Payload() request: RemoveCyclePairRequest): Promise<CycleView> {
    return this.cycles.removePair(actor, request);
  }

  @MessagePattern(SWAP_CYCLE_PAIRS)
  swapPairs(@Actor() actor: ActorRef, @Payload() request: SwapCyclePairsRequest): Promise<CycleView> {
    return this.cycles.swapPairs(actor, request);
  }

  @MessagePattern(PUBLISH_CYCLE)
  publish(@Actor() actor: ActorRef, @Payload() param: CycleIdParam): Promise<CycleView> {
    return this.publisher.publish(actor, param.cycleId);
  }
}
