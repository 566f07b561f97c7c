import { defineConfig } from 'vitest/config'

// These suites start the built app (`next start`) on real databases: run `pnpm build` first.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/requireBuild.ts'],
    // Each file starts its own CMS processes; on two cores they are better run one file at a time.
    fileParallelism: false,
    // Generous: a cold `next start` plus migrations and seeding on a busy 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 300_000,
    reporters: ['default', 'junit'],
    outputFile: { junit: '../test-results/cms.xml' },
  },
})
