import { tmpdir } from 'node:os'
import path from 'node:path'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig, type DatabaseAdapterObj, type Plugin, type SanitizedConfig } from 'payload'
import { kurskatalog, type KurskatalogOptions } from '../../src/index.js'

/** A host app as small as it gets: users, one collection of its own, uploads (the issuer's logo) and the catalogue plugin. */
export function buildTestConfig(db: DatabaseAdapterObj, options: KurskatalogOptions = {}, extraPlugins: Plugin[] = []): Promise<SanitizedConfig> {
  return buildConfig({
    secret: 'kurskatalog-test-secret',
    db,
    editor: lexicalEditor(),
    telemetry: false,
    collections: [
      { slug: 'users', auth: true, fields: [] },
      { slug: 'pages', fields: [{ name: 'title', type: 'text' }] },
      { slug: 'media', upload: { staticDir: path.join(tmpdir(), 'kurskatalog-test-media') }, fields: [] },
    ],
    plugins: [kurskatalog(options), ...extraPlugins],
    typescript: { autoGenerate: false },
  })
}
