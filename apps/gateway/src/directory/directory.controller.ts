import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DirectoryPage, Role, SEARCH_DIRECTORY, SearchDirectoryRequest } from '@passerelle/contracts';
import type { ActorRef } from '@passerelle/nest-common';
import { CurrentActor } from '../auth/actor.decorator.js';
import { JwtAuthGuard } from '../auth/jwt-auth.guard.js';
import { Roles } from '../auth/roles.guard.js';
import { ApiQueryFrom } from '../openapi/api-query-from.js';
import { ServicesClient } from '../rpc/services.client.js';

/** The alumni directory: every signed-in person searches it; what they see depends on who they are. */
@ApiTags('directory')
@ApiBearerAuth()
@Controller('api/v1/directory')
@UseGuards(JwtAuthGuard)
export class DirectoryController {
  constructor(private readonly services: ServicesClient) {}

  @Get()
  @Roles(Role.Student, Role.Alumnus, Role.Staff, Role.Admin)
  @ApiQueryFrom(SearchDirectoryRequest)
  @ApiOkResponse({ type: DirectoryPage })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED, naming the bad query parameter' })
  search(@CurrentActor() actor: ActorRef, @Query() query: SearchDirectoryRequest): Promise<DirectoryPage> {
    return this.services.call(SEARCH_DIRECTORY, query, actor);
  }
}
