import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { ThrottlerModule } from '@nestjs/throttler';
import { MeController } from './account/me.controller.js';
import { AuditController } from './audit/audit.controller.js';
import { CharterController } from './onboarding/charter.controller.js';
import { OnboardingStatusController } from './onboarding/onboarding-status.controller.js';
import { StaffMentorsController } from './onboarding/staff-mentors.controller.js';
import { TrainingController } from './onboarding/training.controller.js';
import { AccessTokenService, accessTokenKey } from './auth/access-token.service.js';
import { AuthController } from './auth/auth.controller.js';
import { JwtAuthGuard } from './auth/jwt-auth.guard.js';
import { JwtStrategy } from './auth/jwt.strategy.js';
import { LocalStrategy } from './auth/local.strategy.js';
import { RolesGuard } from './auth/roles.guard.js';
import type { GatewayConfig } from './config/gateway.config.js';
import { DirectoryController } from './directory/directory.controller.js';
import { HealthController } from './health/health.controller.js';
import { HttpErrorFilter } from './http/http-error.filter.js';
import { PhotoProcessor } from './profile/photo-processor.js';
import { ProfileController } from './profile/profile.controller.js';
import { AlumniImportController } from './import/alumni-import.controller.js';
import { PrivacyController } from './privacy/privacy.controller.js';
import { MentorshipsController } from './matching/mentorships.controller.js';
import { ProgrammesController } from './matching/programmes.controller.js';
import { RequestsController } from './matching/requests.controller.js';
import { StaffCyclesController } from './matching/staff-cycles.controller.js';
import { StaffProgrammesController } from './matching/staff-programmes.controller.js';
import { StalledMentorshipsController } from './matching/stalled-mentorships.controller.js';
import { SuggestionsController } from './matching/suggestions.controller.js';
import { ServicesClient } from './rpc/services.client.js';
import { ACCESS_TOKEN_KEY, GATEWAY_CONFIG } from './tokens.js';

@Module({})
export class GatewayModule {
  static forRoot(config: GatewayConfig): DynamicModule {
    return {
      module: GatewayModule,
      imports: [
        PassportModule.register({ session: false }),
        JwtModule.register({}),
        // Only controllers that opt in with ThrottlerGuard are limited (the auth routes).
        ThrottlerModule.forRoot([{ name: 'default', ttl: 60_000, limit: config.AUTH_RATE_LIMIT_PER_MINUTE }]),
      ],
      controllers: [
        AuthController,
        MeController,
        PrivacyController,
        AlumniImportController,
        HealthController,
        AuditController,
        ProfileController,
        DirectoryController,
        CharterController,
        TrainingController,
        OnboardingStatusController,
        StaffMentorsController,
        RequestsController,
        MentorshipsController,
        StalledMentorshipsController,
        ProgrammesController,
        StaffProgrammesController,
        StaffCyclesController,
        SuggestionsController,
      ],
      providers: [
        { provide: GATEWAY_CONFIG, useValue: config },
        { provide: ACCESS_TOKEN_KEY, useValue: accessTokenKey(config) },
        { provide: APP_FILTER, useClass: HttpErrorFilter },
        { provide: APP_GUARD, useClass: RolesGuard },
        ServicesClient,
        JwtAuthGuard,
        PhotoProcessor,
        AccessTokenService,
        LocalStrategy,
        JwtStrategy,
      ],
    };
  }
}
