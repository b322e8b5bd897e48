// Two projects: `unit` needs nothing running; `e2e` talks to the real NATS, Redis and PostgreSQL
// and to the built apps (npm test builds first).
const aliases = {};
for (const lib of ['contracts', 'messaging', 'domain', 'persistence', 'channels', 'platform']) {
  aliases[`^@rescue/${lib}$`] = `<rootDir>/libs/${lib}/src`;
}
const common = {
  rootDir: __dirname,
  moduleNameMapper: aliases,
  transform: { '^.+\\.ts$': ['ts-jest', { isolatedModules: true, tsconfig: '<rootDir>/tsconfig.json' }] },
  testEnvironment: 'node',
  testTimeout: 60000,
};
module.exports = {
  testTimeout: 60000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,scripts}/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
};
