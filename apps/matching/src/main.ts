import 'reflect-metadata';
import { ConfigError, loadConfig } from '@passerelle/nest-common';
import { startMatchingService } from './app.js';
import { MatchingConfig } from './config/matching.config.js';

try {
  await startMatchingService(loadConfig(MatchingConfig));
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`matching: ${error.message}`);
  } else {
    console.error('matching: could not start:', error);
  }
  process.exit(1);
}
