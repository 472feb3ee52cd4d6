// Shared jest setup. Nest 12 and its NATS transport ship as ESM only, so jest
// (which loads CommonJS) runs every file, ours and theirs, through SWC.
const path = require('node:path');

const root = __dirname;
const workspace = (dir) => path.join(root, dir, 'src', 'index.ts');

/** @param {string} packageDir */
module.exports = (packageDir) => ({
  rootDir: packageDir,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.integration-spec.ts'],
  setupFiles: [path.join(root, 'jest.setup.cjs')],
  transform: {
    '^.+\\.(t|j|mj|cj)s$': [
      '@swc/jest',
      {
        jsc: {
          target: 'es2022',
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
        },
        module: { type: 'commonjs', ignoreDynamic: false },
      },
    ],
  },
  // Transform everything: too many of Nest's own dependencies are ESM-only to list them.
  transformIgnorePatterns: [],
  moduleNameMapper: {
    '^@passerelle/contracts$': workspace('packages/contracts'),
    '^@passerelle/nest-common$': workspace('packages/nest-common'),
    '^@passerelle/testing$': workspace('packages/testing'),
    '^@passerelle/profiles$': workspace('apps/profiles'),
    '^@passerelle/matching$': workspace('apps/matching'),
    '^@passerelle/gateway$': workspace('apps/gateway'),
    // Our sources import siblings as './x.js' (NodeNext); jest resolves the .ts file.
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  testTimeout: 60_000,
});
