import { compactOrganisationNumber, isOrganisationNumber } from '@kurskatalog/contract'
import type { CollectionSlug, Field, GlobalConfig, PayloadRequest } from 'payload'
import { anyone } from '../../access/anyone.js'
import { editorsOnly } from '../../access/editorsOnly.js'
import { catalogGroup, inAdminLanguage, label } from '../../labels.js'
import type { CatalogContext } from '../../types.js'

const logoField = (collection: string): Field => ({
  name: 'logo',
  type: 'upload',
  relationTo: collection as CollectionSlug,
  label: label('Logo', 'Logo'),
  admin: { description: label('Vises på kursbevis, brosjyre og deltakerlister.', 'Shown on certificates, the brochure and sign-in sheets.') },
})

/**
 * *Virksomhetsinnstillinger*: who issues the catalogue's papers. Every field is what a printed page or the
 * accessibility statement shows the public anyway, so anyone may read it; editors change it.
 */
export function buildIssuerSettings(context: CatalogContext): GlobalConfig {
  const { slug, logoCollection } = context.issuerSettings
  return {
    slug,
    label: label('Virksomhetsinnstillinger', 'Issuer settings'),
    admin: {
      group: catalogGroup,
      hidden: context.disabled,
      description: label(
        'Virksomheten som står bak kurskatalogen, slik den vises på kursbevis, deltakerlister, brosjyren og tilgjengelighetserklæringen.',
        'The organisation behind the catalogue, as shown on certificates, sign-in sheets, the brochure and the accessibility statement.',
      ),
    },
    access: { read: anyone, update: editorsOnly(context), readVersions: editorsOnly(context) },
    fields: [
      { name: 'name', type: 'text', required: true, maxLength: 160, label: label('Navn på virksomheten', 'Organisation name') },
      {
        name: 'organisationNumber',
        type: 'text',
        maxLength: 20,
        label: label('Organisasjonsnummer', 'Organisation number'),
        admin: { placeholder: '958 935 420' },
        hooks: { beforeValidate: [({ value }) => (typeof value === 'string' ? compactOrganisationNumber(value) : value)] },
        validate: (value: unknown, { req }: { req: PayloadRequest }) =>
          !value || (typeof value === 'string' && isOrganisationNumber(value))
            ? true
            : inAdminLanguage(req, 'Organisasjonsnummeret må ha ni siffer og riktig kontrollsiffer.', 'Nine digits with a valid check digit.'),
      },
      {
        name: 'address',
        type: 'group',
        label: label('Adresse', 'Address'),
        fields: [
          { name: 'street', type: 'text', maxLength: 160, label: label('Gateadresse', 'Street address') },
          {
            type: 'row',
            fields: [
              {
                name: 'postalCode',
                type: 'text',
                maxLength: 4,
                label: label('Postnummer', 'Postcode'),
                validate: (value: unknown, { req }: { req: PayloadRequest }) =>
                  !value || (typeof value === 'string' && /^\d{4}$/.test(value)) ? true : inAdminLanguage(req, 'Postnummeret har fire siffer.', 'A postcode has four digits.'),
              },
              { name: 'city', type: 'text', maxLength: 80, label: label('Poststed', 'City') },
            ],
          },
        ],
      },
      {
        type: 'row',
        fields: [
          { name: 'contactEmail', type: 'email', label: label('E-post for henvendelser', 'Contact email') },
          { name: 'phone', type: 'text', maxLength: 40, label: label('Telefon', 'Phone') },
        ],
      },
      ...(logoCollection === false ? [] : [logoField(logoCollection)]),
    ],
  }
}
