export { startProfilesService } from './app.js';
export { ProfilesConfig } from './config/profiles.config.js';
export { createDataSource, openDatabase, PROFILES_SCHEMA } from './database/data-source.js';
export { DEMO_ACCOUNTS, DEMO_PASSWORD } from './seed/demo-accounts.js';
export { TRAINING_CATALOGUE } from './onboarding/training-catalogue.js';
// The benchmark generates and loads its population and runs the search SQL directly with these.
export { buildDirectoryQuery } from './directory/directory-query.js';
export { generateDemoPopulation } from './seed/demo-people/demo-people.js';
export { loadDemoPopulation } from './seed/demo-people/demo-people-loader.js';
