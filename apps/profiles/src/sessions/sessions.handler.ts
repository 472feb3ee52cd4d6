import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  END_SESSION,
  EndSessionRequest,
  REFRESH_SESSION,
  RefreshSessionRequest,
  START_SESSION,
  StartSessionRequest,
  type EndSessionReply,
  type SessionGrant,
} from '@passerelle/contracts';
import { SessionsService } from './sessions.service.js';

@Controller()
export class SessionsHandler {
  constructor(private readonly sessions: SessionsService) {}

  @MessagePattern(START_SESSION)
  start(@Payload() request: StartSessionRequest): Promise<SessionGrant> {
    return this.sessions.start(request);
  }

  @MessagePattern(REFRESH_SESSION)
  refresh(@Payload() request: RefreshSessionRequest): Promise<SessionGrant> {
    return this.sessions.refresh(request.refreshToken);
  }

  @MessagePattern(END_SESSION)
  end(@Payload() request: EndSessionRequest): Promise<EndSessionReply> {
    return this.sessions.end(request.refreshToken);
  }
}
