import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  DELETE_MY_PHOTO,
  GET_MY_PROFILE,
  GET_PROFILE,
  GET_PROFILE_PHOTO,
  GetProfilePhotoRequest,
  GetProfileRequest,
  UPDATE_MY_AVAILABILITY,
  UPDATE_MY_PHOTO,
  UPDATE_MY_PROFILE,
  UPDATE_PROFILE,
  UpdateMyAvailabilityRequest,
  UpdateMyPhotoRequest,
  UpdateMyProfileRequest,
  UpdateProfileRequest,
  type AvailabilityView,
  type MyProfileView,
  type PersonProfileView,
  type PhotoView,
  type ProfilePhotoContent,
} from '@passerelle/contracts';
import { Actor, type ActorRef } from '@passerelle/nest-common';
import { ProfilePhotosService } from './profile-photos.service.js';
import { ProfileService } from './profile.service.js';

@Controller()
export class ProfileHandler {
  constructor(
    private readonly profiles: ProfileService,
    private readonly photos: ProfilePhotosService,
  ) {}

  @MessagePattern(GET_MY_PROFILE)
  getMine(@Actor() actor: ActorRef): Promise<MyProfileView> {
    return this.profiles.getMine(actor);
  }

  @MessagePattern(UPDATE_MY_PROFILE)
  updateMine(@Actor() actor: ActorRef, @Payload() request: UpdateMyProfileRequest): Promise<MyProfileView> {
    return this.profiles.update(actor, actor.userId, request);
  }

  @MessagePattern(UPDATE_PROFILE)
  update(@Actor() actor: ActorRef, @Payload() request: UpdateProfileRequest): Promise<MyProfileView> {
    const { accountId, ...changes } = request;
    return this.profiles.update(actor, accountId, changes);
  }

  @MessagePattern(GET_PROFILE)
  get(@Actor() actor: ActorRef, @Payload() request: GetProfileRequest): Promise<PersonProfileView> {
    return this.profiles.get(actor, request.accountId);
  }

  @MessagePattern(UPDATE_MY_AVAILABILITY)
  updateAvailability(
    @Actor() actor: ActorRef,
    @Payload() request: UpdateMyAvailabilityRequest,
  ): Promise<AvailabilityView> {
    return this.profiles.updateAvailability(actor, request);
  }

  @MessagePattern(UPDATE_MY_PHOTO)
  updatePhoto(@Actor() actor: ActorRef, @Payload() request: UpdateMyPhotoRequest): Promise<PhotoView> {
    return this.photos.replaceMine(actor, request);
  }

  @MessagePattern(DELETE_MY_PHOTO)
  async deletePhoto(@Actor() actor: ActorRef): Promise<{ deleted: true }> {
    await this.photos.deleteMine(actor);
    return { deleted: true };
  }

  @MessagePattern(GET_PROFILE_PHOTO)
  getPhoto(
    @Actor() actor: ActorRef,
    @Payload() request: GetProfilePhotoRequest,
  ): Promise<ProfilePhotoContent> {
    return this.photos.get(actor, request.accountId);
  }
}
