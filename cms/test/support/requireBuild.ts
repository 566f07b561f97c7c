import { assertCmsBuilt, builtCmsId } from '@kurskatalog/test-support'

/** Fails the run at once, with the command to fix it, when there is no build to test. */
export default function requireBuild(): void {
  assertCmsBuilt()
  console.log(`Testing the CMS build ${builtCmsId()}`)
}
