import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One journey clicks through several pages and waits for email; generous for a busy 2-core machine.
    testTimeout: 180_000,
    // Starting a stack may first build the widgets and the CMS (~3–4 minutes when they are out of date).
    hookTimeout: 900_000,
    fileParallelism: false,
    reporters: ['default', 'junit'],
    outputFile: { junit: '../../test-results/e2e.xml' },
  },
})
