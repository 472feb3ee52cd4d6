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
  CycleEntryPage,
  CycleIdParam,
  CyclePage,
  CycleView,
  GET_CYCLE,
  LIST_CYCLE_ENTRIES,
  LIST_CYCLES,
  ListCycleEntriesQuery,
  ListCyclesQuery,
  LOCK_CYCLE_PAIR,
  LockCyclePairBody,
  OPEN_CYCLE,
  OpenCycleRequest,
  PUBLISH_CYCLE,
  REMOVE_CYCLE_PAIR,
  CycleMenteeBody,
  Role,
  RUN_CYCLE,
  SWAP_CYCLE_PAIRS,
  SwapCyclePairsBody,
} from '@passerelle/contracts';
import type { ActorRef } from '@passerelle/nest-common';
import { CurrentActor } from '../auth/actor.decorator.js';
import { JwtAuthGuard } from '../auth/jwt-auth.guard.js';
import { Roles } from '../auth/roles.guard.js';
import { ApiQueryFrom } from '../openapi/api-query-from.js';
import { ServicesClient } from '../rpc/services.client.js';

/**
 * Staff's matching cycles: open one for a programme and cohort, review the
 * draft (lock, remove, swap, run again), publish it as proposals. Matching
 * checks the role again and audits every change.
 */
@ApiTags('staff')
@ApiBearerAuth()
@Controller('api/v1/staff/matching/cycles')
@UseGuards(JwtAuthGuard)
@Roles(Role.Staff, Role.Admin)
@ApiForbiddenResponse({ description: 'Staff only' })
export class StaffCyclesController {
  constructor(private readonly services: ServicesClient) {}

  @Post()
  @ApiOperation({ summary: 'Open a cycle: read its pool and compute the first draft (optimal and greedy)' })
  @ApiCreatedResponse({ type: CycleView })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED, naming the field (`cohort`, `topK`)' })
  @ApiNotFoundResponse({ description: 'No such programme' })
  open(@CurrentActor() actor: ActorRef, @Body() body: OpenCycleRequest): Promise<CycleView> {
    return this.services.call(OPEN_CYCLE, body, actor);
  }

  @Get()
  @ApiOperation({ summary: 'The cycles, newest first' })
  @ApiQueryFrom(ListCyclesQuery)
  @ApiOkResponse({ type: CyclePage })
  list(@CurrentActor() actor: ActorRef, @Query() query: ListCyclesQuery): Promise<CyclePage> {
    return this.services.call(LIST_CYCLES, query, actor);
  }

  @Get(':cycleId')
  @ApiOperation({ summary: 'One cycle: pool, optimal against greedy, the draft as edited, publication' })
  @ApiOkResponse({ type: CycleView })
  @ApiNotFoundResponse({ description: 'No such cycle' })
  get(@CurrentActor() actor: ActorRef, @Param() ref: CycleIdParam): Promise<CycleView> {
    return this.services.call(GET_CYCLE, ref, actor);
  }

  @Get(':cycleId/entries')
  @ApiOperation({ summary: 'A page of the draft, one row per mentee, with the pair’s score and reasons' })
  @ApiQueryFrom(ListCycleEntriesQuery)
  @ApiOkResponse({ type: CycleEntryPage })
  @ApiNotFoundResponse({ description: 'No such cycle' })
  entries(
    @CurrentActor() actor: ActorRef,
    @Param() ref: CycleIdParam,
    @Query() query: ListCycleEntriesQuery,
  ): Promise<CycleEntryPage> {
    return this.services.call(LIST_CYCLE_ENTRIES, { ...query, cycleId: ref.cycleId }, actor);
  }

  @Post(':cycleId/run')
  @HttpCode(200)
  @ApiOperation({ summary: 'Read the pool again and recompute the draft around the locked pairs' })
  @ApiOkResponse({ type: CycleView })
  @ApiConflictResponse({ description: 'The cycle is published' })
  run(@CurrentActor() actor: ActorRef, @Param() ref: CycleIdParam): Promise<CycleView> {
    return this.services.call(RUN_CYCLE, ref, actor);
  }

  @Post(':cycleId/locks')
  @HttpCode(200)
  @ApiOperation({ summary: 'Lock a mentee’s pair (every re-run keeps it) or unlock it' })
  @ApiOkResponse({ type: CycleView })
  @ApiConflictResponse({ description: 'The mentee has no mentor in the draft, or the cycle is published' })
  lock(
    @CurrentActor() actor: ActorRef,
    @Param() ref: CycleIdParam,
    @Body() body: LockCyclePairBody,
  ): Promise<CycleView> {
    return this.services.call(LOCK_CYCLE_PAIR, { ...body, cycleId: ref.cycleId }, actor);
  }

  @Post(':cycleId/removals')
  @HttpCode(200)
  @ApiOperation({ summary: 'Take a mentee’s pair out of the draft; no re-run proposes it again' })
  @ApiOkResponse({ type: CycleView })
  @ApiConflictResponse({ description: 'The mentee has no mentor in the draft, or the cycle is published' })
  remove(
    @CurrentActor() actor: ActorRef,
    @Param() ref: CycleIdParam,
    @Body() body: CycleMenteeBody,
  ): Promise<CycleView> {
    return this.services.call(REMOVE_CYCLE_PAIR, { ...body, cycleId: ref.cycleId }, actor);
  }

  @Post(':cycleId/swaps')
  @HttpCode(200)
  @ApiOperation({ summary: 'Two mentees exchange their mentors; both pairs are then locked' })
  @ApiOkResponse({ type: CycleView })
  @ApiConflictResponse({ description: 'Same mentor, a removed pair, or a pair their history rules out' })
  swap(
    @CurrentActor() actor: ActorRef,
    @Param() ref: CycleIdParam,
    @Body() body: SwapCyclePairsBody,
  ): Promise<CycleView> {
    return this.services.call(SWAP_CYCLE_PAIRS, { ...body, cycleId: ref.cycleId }, actor);
  }

  @Post(':cycleId/publish')
  @HttpCode(200)
  @ApiOperation({ summary: 'Turn the draft’s pairs into proposals both sides accept or decline' })
  @ApiOkResponse({ type: CycleView })
  @ApiConflictResponse({ description: 'The cycle is already published' })
  publish(@CurrentActor() actor: ActorRef, @Param() ref: CycleIdParam): Promise<CycleView> {
    return this.services.call(PUBLISH_CYCLE, ref, actor);
  }
}
