import { defineConfig } from 'vitest/config'

// `npm run test:cluster`: several Planerka instances over real Redis and
// PostgreSQL, which the tests start themselves (test/cluster/services.ts).
// Kept apart from `npm test`, which needs no outside services.
export default defineConfig({
  test: {
    root: '.',
    include: ['test/cluster/**/*.cluster.ts'],
    globalSetup: ['test/globalSetup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Each file starts its own PostgreSQL and Redis and restarts them: one file at a time.
    fileParallelism: false,
  },
})
