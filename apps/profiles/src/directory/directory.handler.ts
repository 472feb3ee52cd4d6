import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { SEARCH_DIRECTORY, SearchDirectoryRequest, type DirectoryPage } from '@passerelle/contracts';
import { Actor, type ActorRef } from '@passerelle/nest-common';
import { DirectorySearchService } from './directory-search.service.js';

@Controller()
export class DirectoryHandler {
  constructor(private readonly directory: DirectorySearchService) {}

  @MessagePattern(SEARCH_DIRECTORY)
  search(@Actor() actor: ActorRef, @Payload() request: SearchDirectoryRequest): Promise<DirectoryPage> {
    return this.directory.search(actor, request);
  }
}
