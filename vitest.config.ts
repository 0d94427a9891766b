import { defineConfig } from 'vitest/config';

// One run covers unit tests beside the code and integration tests under tests/integration.
export default defineConfig({
  test: {
    include: [
      'shared/src/**/*.test.ts',
      'server/src/**/*.test.ts',
      'client/src/**/*.test.{ts,tsx}',
      'tests/integration/**/*.test.ts',
      'scripts/**/*.test.ts',
    ],
    environment: 'node',
    // One seed for every property test, printed on failure and replayed with PROPERTY_SEED.
    setupFiles: ['tests/setup/propertySeed.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
