import {
  Body,
  Controller,
  Delete,
  Get,
  Header,
  HttpCode,
  Param,
  Put,
  Query,
  Res,
  UseGuards,
  Post,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { IsUUID } from 'class-validator';
import {
  AvailabilityView,
  DELETE_MY_PHOTO,
  GET_MY_PROFILE,
  GET_PROFILE,
  GET_PROFILE_PHOTO,
  MERGE_TAGS,
  MergeTagsReply,
  MergeTagsRequest,
  MyProfileView,
  PersonProfileView,
  PhotoView,
  Role,
  SEARCH_SKILLS,
  SEARCH_TAGS,
  SearchSkillsRequest,
  SearchTagsRequest,
  SkillPage,
  TagPage,
  UPDATE_MY_AVAILABILITY,
  UPDATE_MY_PHOTO,
  UPDATE_MY_PROFILE,
  UPDATE_PROFILE,
  UpdateMyAvailabilityRequest,
  UpdateMyProfileRequest,
  UploadPhotoBody,
  type ProfilePhotoContent,
} from '@passerelle/contracts';
import type { ActorRef } from '@passerelle/nest-common';
import { CurrentActor } from '../auth/actor.decorator.js';
import { JwtAuthGuard } from '../auth/jwt-auth.guard.js';
import { Roles } from '../auth/roles.guard.js';
import { ServicesClient } from '../rpc/services.client.js';
import { PhotoProcessor } from './photo-processor.js';

export const PHOTO_ROUTE = '/api/v1/me/photo';

class AccountIdParam {
  @IsUUID() accountId!: string;
}

/** Profiles (one's own and others'), the skills taxonomy and free tags. */
@ApiTags('profiles')
@ApiBearerAuth()
@Controller('api/v1')
@UseGuards(JwtAuthGuard)
export class ProfileController {
  constructor(
    private readonly services: ServicesClient,
    private readonly photos: PhotoProcessor,
  ) {}

  @Get('me/profile')
  @ApiOperation({ summary: 'My profile, with its completeness and the visibility of each field' })
  @ApiOkResponse({ type: MyProfileView })
  getMine(@CurrentActor() actor: ActorRef): Promise<MyProfileView> {
    return this.services.call(GET_MY_PROFILE, {}, actor);
  }

  @Put('me/profile')
  @ApiOperation({ summary: 'Change my profile: fields left out stay, null clears, lists replace' })
  @ApiOkResponse({ type: MyProfileView })
  updateMine(
    @CurrentActor() actor: ActorRef,
    @Body() changes: UpdateMyProfileRequest,
  ): Promise<MyProfileView> {
    return this.services.call(UPDATE_MY_PROFILE, changes, actor);
  }

  @Put('me/availability')
  @ApiOperation({ summary: 'Replace my weekly availability (slots in the given IANA time zone)' })
  @ApiOkResponse({ type: AvailabilityView })
  updateAvailability(
    @CurrentActor() actor: ActorRef,
    @Body() request: UpdateMyAvailabilityRequest,
  ): Promise<AvailabilityView> {
    return this.services.call(UPDATE_MY_AVAILABILITY, request, actor);
  }

  @Put('me/photo')
  @ApiOperation({ summary: 'Upload my photo (base64 JPEG, PNG or WebP, at most 2 MB); stored as 256×256' })
  @ApiOkResponse({ type: PhotoView })
  async updatePhoto(@CurrentActor() actor: ActorRef, @Body() body: UploadPhotoBody): Promise<PhotoView> {
    const stored = await this.photos.prepare(body.image);
    return this.services.call(UPDATE_MY_PHOTO, stored, actor);
  }

  @Delete('me/photo')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The photo is gone' })
  async deletePhoto(@CurrentActor() actor: ActorRef): Promise<void> {
    await this.services.call(DELETE_MY_PHOTO, {}, actor);
  }

  @Get('profiles/:accountId')
  @ApiOperation({ summary: 'A person’s profile, without the fields they hide from me' })
  @ApiOkResponse({ type: PersonProfileView })
  @ApiNotFoundResponse({ description: 'No account has this id' })
  get(@CurrentActor() actor: ActorRef, @Param() params: AccountIdParam): Promise<PersonProfileView> {
    return this.services.call(GET_PROFILE, params, actor);
  }

  @Put('profiles/:accountId')
  @ApiOperation({ summary: 'Change a profile by id: the owner, or staff (anyone else gets 403)' })
  @ApiOkResponse({ type: MyProfileView })
  update(
    @CurrentActor() actor: ActorRef,
    @Param() params: AccountIdParam,
    @Body() changes: UpdateMyProfileRequest,
  ): Promise<MyProfileView> {
    return this.services.call(UPDATE_PROFILE, { ...changes, accountId: params.accountId }, actor);
  }

  @Get('profiles/:accountId/photo')
  @ApiOperation({
    summary: 'A person’s photo (256×256 WebP); 404 when there is none or it is hidden from me',
  })
  @ApiProduces('image/webp')
  @ApiOkResponse({ description: 'The image' })
  // The address changes with each new photo (?v=), so the browser may keep it.
  @Header('Cache-Control', 'private, max-age=31536000, immutable')
  async photo(
    @CurrentActor() actor: ActorRef,
    @Param() params: AccountIdParam,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const photo = await this.services.call<ProfilePhotoContent>(GET_PROFILE_PHOTO, params, actor);
    void reply.type(photo.mimeType);
    return Buffer.from(photo.contentBase64, 'base64');
  }

  @Get('skills')
  @ApiOperation({ summary: 'Search the skills taxonomy (FR and EN labels, accents ignored)' })
  @ApiOkResponse({ type: SkillPage })
  searchSkills(@CurrentActor() actor: ActorRef, @Query() query: SearchSkillsRequest): Promise<SkillPage> {
    return this.services.call(SEARCH_SKILLS, query, actor);
  }

  @Get('tags')
  @Roles(Role.Staff, Role.Admin)
  @ApiOperation({ summary: 'Staff: free tags with how many profiles carry each' })
  @ApiOkResponse({ type: TagPage })
  searchTags(@CurrentActor() actor: ActorRef, @Query() query: SearchTagsRequest): Promise<TagPage> {
    return this.services.call(SEARCH_TAGS, query, actor);
  }

  @Post('tags/merge')
  @HttpCode(200)
  @Roles(Role.Staff, Role.Admin)
  @ApiOperation({ summary: 'Staff: merge one free tag into another' })
  @ApiOkResponse({ type: MergeTagsReply })
  mergeTags(@CurrentActor() actor: ActorRef, @Body() request: MergeTagsRequest): Promise<MergeTagsReply> {
    return this.services.call(MERGE_TAGS, request, actor);
  }
}
