import type { CollectionConfig } from 'payload'

/** Images for courses and pages. Alt text is required: the sites are bound by WCAG 2.1 AA. */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: { nb: 'Bilde', en: 'Media' }, plural: { nb: 'Bilder', en: 'Media' } },
  admin: { group: { nb: 'Administrasjon', en: 'Administration' } },
  access: { read: () => true },
  upload: { staticDir: 'media', mimeTypes: ['image/*'] },
  fields: [{ name: 'alt', type: 'text', required: true, label: { nb: 'Alternativ tekst', en: 'Alt text' }, maxLength: 300 }],
}
