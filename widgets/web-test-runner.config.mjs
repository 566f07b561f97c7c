// Component tests run on the TypeScript sources in Debian's headless Chromium (never a downloaded browser).
import { esbuildPlugin } from '@web/dev-server-esbuild'
import { defaultReporter, summaryReporter } from '@web/test-runner'
import { chromeLauncher } from '@web/test-runner-chrome'
import { junitReporter } from '@web/test-runner-junit-reporter'
import { fileURLToPath } from 'node:url'

const resultsFile = fileURLToPath(new URL('../test-results/widgets.xml', import.meta.url))

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  testFramework: { config: { timeout: 5000 } },
  plugins: [esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        args: [
          '--no-sandbox',
          '--headless',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
  // Lit's dev build (used in tests for its extra checks) announces itself in every file.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  reporters: [defaultReporter(), summaryReporter(), junitReporter({ outputPath: resultsFile, reportLogs: true })],
}
