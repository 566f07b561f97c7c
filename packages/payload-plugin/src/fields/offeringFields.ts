import type { Field } from 'payload'
import { audiences, formats, offeringLabelsEn, offeringLabelsNb, questionTypes } from '@kurskatalog/contract'
import { label } from '../labels.js'
import type { CatalogContext } from '../types.js'
import { embedSnippetField } from './embedSnippetField.js'
import { slugField } from './slugField.js'

const questionTypeLabels: Record<(typeof questionTypes)[number], Record<string, string>> = {
  text: label('Kort tekst', 'Short text'),
  textarea: label('Lang tekst', 'Long text'),
  choice: label('Ett valg fra liste', 'One choice from a list'),
  checkbox: label('Avkrysning', 'Checkbox'),
}

/** The fields a course and a programme share: what the catalogue shows and what sign-up asks. */
export function offeringFields(context: CatalogContext): Field[] {
  return [
    { name: 'title', type: 'text', label: label('Tittel', 'Title'), required: true, maxLength: 160 },
    slugField(),
    {
      name: 'summary',
      type: 'textarea',
      label: label('Ingress', 'Summary'),
      required: true,
      maxLength: 400,
      admin: { description: label('Vises i listen. Én til to setninger.', 'Shown in the list. One or two sentences.') },
    },
    { name: 'description', type: 'richText', label: label('Beskrivelse', 'Description') },
    {
      type: 'row',
      fields: [
        {
          name: 'audience',
          type: 'select',
          label: label(offeringLabelsNb.audience, offeringLabelsEn.audience),
          required: true,
          defaultValue: 'leaders',
          options: audiences.map((value) => ({ value, label: label(offeringLabelsNb.audiences[value], offeringLabelsEn.audiences[value]) })),
        },
        {
          name: 'format',
          type: 'select',
          label: label(offeringLabelsNb.format, offeringLabelsEn.format),
          required: true,
          defaultValue: 'in-person',
          options: formats.map((value) => ({ value, label: label(offeringLabelsNb.formats[value], offeringLabelsEn.formats[value]) })),
        },
        {
          name: 'duration',
          type: 'text',
          label: label('Varighet', 'Duration'),
          maxLength: 80,
          admin: { placeholder: 'f.eks. 1 dag, 3 samlinger' },
        },
      ],
    },
    {
      name: 'topics',
      type: 'relationship',
      relationTo: context.slugs.topics,
      hasMany: true,
      label: label('Temaer', 'Topics'),
    },
    {
      name: 'agencies',
      type: 'relationship',
      relationTo: context.slugs.agencies,
      hasMany: true,
      label: label('Virksomheter', 'Agencies'),
      admin: {
        description: label(
          'Tom betyr åpent for alle virksomheter. Velg virksomheter hvis tilbudet bare gjelder dem.',
          'Empty means open to every agency. Pick agencies if the offer is only for them.',
        ),
      },
    },
    {
      name: 'price',
      type: 'group',
      label: label('Pris', 'Price'),
      fields: [
        { name: 'free', type: 'checkbox', label: label('Gratis', 'Free'), defaultValue: true },
        {
          name: 'amountNok',
          type: 'number',
          label: label('Pris i kroner', 'Price in NOK'),
          min: 0,
          admin: { condition: (_, siblingData) => !siblingData?.free },
        },
      ],
    },
    {
      name: 'learningOutcomes',
      type: 'array',
      label: label('Læringsutbytte', 'Learning outcomes'),
      labels: { singular: label('Læringsmål', 'Outcome'), plural: label('Læringsutbytte', 'Learning outcomes') },
      fields: [{ name: 'text', type: 'text', required: true, maxLength: 300, label: label('Tekst', 'Text') }],
    },
    {
      name: 'facilitators',
      type: 'relationship',
      relationTo: context.slugs.facilitators,
      hasMany: true,
      label: label('Kursholdere', 'Facilitators'),
    },
    {
      name: 'questions',
      type: 'array',
      label: label('Egne spørsmål ved påmelding', 'Custom sign-up questions'),
      labels: { singular: label('Spørsmål', 'Question'), plural: label('Spørsmål', 'Questions') },
      maxRows: 20,
      fields: [
        { name: 'label', type: 'text', required: true, maxLength: 200, label: label('Spørsmål', 'Question') },
        {
          type: 'row',
          fields: [
            {
              name: 'type',
              type: 'select',
              required: true,
              defaultValue: 'text',
              label: label('Svartype', 'Answer type'),
              options: questionTypes.map((value) => ({ value, label: questionTypeLabels[value] })),
            },
            { name: 'required', type: 'checkbox', label: label('Må besvares', 'Required'), defaultValue: false },
          ],
        },
        {
          name: 'options',
          type: 'array',
          label: label('Svaralternativer', 'Options'),
          admin: { condition: (_, siblingData) => siblingData?.type === 'choice' },
          fields: [{ name: 'value', type: 'text', required: true, maxLength: 120, label: label('Alternativ', 'Option') }],
        },
      ],
    },
    {
      name: 'managerApproval',
      type: 'checkbox',
      label: label('Krever godkjenning fra leder', 'Manager must approve'),
      defaultValue: false,
      admin: { position: 'sidebar' },
    },
    {
      name: 'certificate',
      type: 'checkbox',
      label: label('Kursbevis til dem som fullfører', 'Certificate for those who complete'),
      defaultValue: false,
      admin: {
        position: 'sidebar',
        description: label(
          'Når en påmelding får status Møtte, får deltakeren et kursbevis (PDF) på e-post, én gang.',
          'When a registration gets the status Attended, the participant is emailed a certificate (PDF), once.',
        ),
      },
    },
    embedSnippetField(context, 'course'),
  ]
}
