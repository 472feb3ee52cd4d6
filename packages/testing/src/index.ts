export * from './factories.js';
export * from './free-port.js';
export * from './nats-server.js';
export * from './test-database.js';
export * from './portal-processes.js';
export * from './generate-migration.js';
export * from './schema-drift.js';
export * from './schema-suite.js';
