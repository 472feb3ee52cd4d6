// The contract classes carry decorator metadata (class-transformer's @Type reads it as they load).
import 'reflect-metadata';

export * from './common/error-code.js';
export * from './common/health.js';
export * from './common/page.js';
export * from './common/role.js';
export * from './common/time-zone.js';
export * from './profiles/account-fields.js';
export * from './profiles/account.js';
export * from './profiles/audit.js';
export * from './profiles/change-password.js';
export * from './profiles/events.js';
export * from './profiles/register-account.js';
export * from './profiles/availability.js';
export * from './profiles/photo.js';
export * from './profiles/profile-codes.js';
export * from './profiles/profile-fields.js';
export * from './profiles/profile-updated-event.js';
export * from './profiles/profile.js';
export * from './profiles/sessions.js';
export * from './profiles/taxonomy.js';
export * from './profiles/update-account.js';
export * from './http/authenticated-session.js';
export * from './profiles/directory.js';
