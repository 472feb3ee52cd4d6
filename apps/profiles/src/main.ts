import 'reflect-metadata';
import { ConfigError, loadConfig } from '@passerelle/nest-common';
import { startProfilesService } from './app.js';
import { ProfilesConfig } from './config/profiles.config.js';

try {
  await startProfilesService(loadConfig(ProfilesConfig));
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`profiles: ${error.message}`);
  } else {
    console.error('profiles: could not start:', error);
  }
  process.exit(1);
}
