import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig, type DatabaseAdapterObj, type Plugin, type SanitizedConfig } from 'payload'
import { kurskatalog, type KurskatalogOptions } from '../../src/index.js'

/** A host app as small as it gets: users, one collection of its own, and the catalogue plugin. */
export function buildTestConfig(db: DatabaseAdapterObj, options: KurskatalogOptions = {}, extraPlugins: Plugin[] = []): Promise<SanitizedConfig> {
  return buildConfig({
    secret: 'kurskatalog-test-secret',
    db,
    editor: lexicalEditor(),
    telemetry: false,
    collections: [
      { slug: 'users', auth: true, fields: [] },
      { slug: 'pages', fields: [{ name: 'title', type: 'text' }] },
    ],
    plugins: [kurskatalog(options), ...extraPlugins],
    typescript: { autoGenerate: false },
  })
}
