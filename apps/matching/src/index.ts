export { startMatchingService } from './app.js';
export { MatchingConfig } from './config/matching.config.js';
export { createDataSource, MATCHING_SCHEMA, openDatabase } from './database/data-source.js';
export {
  rebuildReadModel,
  type MatchingFactsSource,
  type RebuildReport,
} from './members/rebuild-read-model.js';
export { explainPair } from './suggestions/explain-pair.js';
