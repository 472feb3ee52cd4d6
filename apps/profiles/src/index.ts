export { startProfilesService } from './app.js';
export { ProfilesConfig } from './config/profiles.config.js';
export { createDataSource, openDatabase, PROFILES_SCHEMA } from './database/data-source.js';
export { DEMO_ACCOUNTS, DEMO_PASSWORD } from './seed/demo-accounts.js';
export { TRAINING_CATALOGUE } from './onboarding/training-catalogue.js';
