export {
  JONGODB_PACKAGE,
  jongodbBinaryPath,
  mongoTestUri,
  startJongodb,
  uniqueDatabaseName,
  withDatabase,
  type MongoTestServer,
  type StartJongodbOptions,
} from './jongodb.js';
export {
  isPatchedForJongodb,
  jongodbAdapterWorkarounds,
  mongoAdapterTestArgs,
  patchMongooseForJongodb,
  withJongodbWorkarounds,
} from './jongodb-workarounds.js';
export {
  startMailSink,
  type MailAttachment,
  type MailMessage,
  type MailSink,
  type StartMailSinkOptions,
} from './mail-sink.js';
export {
  assertCmsBuilt,
  builtCmsId,
  defaultCmsDir,
  freePort,
  startBuiltCms,
  startBuiltCmsInstances,
  type BuiltCms,
  type StartBuiltCmsOptions,
} from './cms.js';
export {
  cmsJongodbPreload,
  cmsMongoDatabase,
  cmsSqliteDatabase,
  cmsTestDatabases,
  type CmsDatabase,
} from './cms-database.js';
export { chromiumFlags, chromiumPath } from './chromium.js';
export { axeScriptPath, describeViolations, failingImpacts, runAxe, wcag21aa, type AxeReport } from './axe.js';
export { rawRequest, type RawAnswer } from './raw-http.js';
