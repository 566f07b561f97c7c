import { apiRoutes, audiences, defaultBrochurePeriod, offeringLabels, type BrochureQueryKey } from '@kurskatalog/contract'
import type { CollectionSlug, Payload } from 'payload'
import { osloDate } from '../catalog/osloTime.js'

export interface BrochureNavFormProps {
  /** The topics collection's slug, for the topic choice. */
  topicsSlug: CollectionSlug
  /** Given by Payload to a server component in the admin. */
  payload?: Payload
  i18n?: { language?: string }
}

const texts = {
  nb: { open: 'Lag brosjyre', from: 'Fra', to: 'Til', topic: 'Tema', allTopics: 'Alle temaer', audience: 'Målgruppe', allAudiences: 'Alle', language: 'Språk', make: 'Lag PDF' },
  en: { open: 'Make brochure', from: 'From', to: 'To', topic: 'Topic', allTopics: 'All topics', audience: 'Audience', allAudiences: 'All', language: 'Language', make: 'Make PDF' },
}
const languages = { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' } as const

/**
 * "Lag brosjyre" at the foot of the admin's menu: the brochure's options as a form that opens the PDF in a
 * new tab (a GET of the plugin's brochure endpoint, so the address can be copied and shared). Its field names
 * are the query parameters, and its choices the contract's, so the form asks for nothing the endpoint refuses.
 */
export async function BrochureNavForm({ topicsSlug, payload, i18n }: BrochureNavFormProps) {
  if (!payload) return null
  const words = i18n?.language === 'en' ? texts.en : texts.nb
  const topics = await payload.find({ collection: topicsSlug, depth: 0, pagination: false, sort: 'title', overrideAccess: true })
  const period = defaultBrochurePeriod(osloDate(new Date()))
  // The contract's own parameter names: a renamed one breaks the type check here.
  const name = (key: BrochureQueryKey): BrochureQueryKey => key
  const field = { display: 'grid', gap: '2px', fontSize: '0.85em' } as const
  return (
    <details className="nav__link" id="nav-brochure" style={{ display: 'block' }}>
      <summary className="nav__link-label">{words.open}</summary>
      <form method="get" action={`${payload.config.routes.api}${apiRoutes.brochure}`} target="_blank" style={{ display: 'grid', gap: '6px', padding: '6px 0' }}>
        <label style={field}>
          {words.from}
          <input type="date" name={name('fra')} defaultValue={period.from} required />
        </label>
        <label style={field}>
          {words.to}
          <input type="date" name={name('til')} defaultValue={period.to} required />
        </label>
        <label style={field}>
          {words.topic}
          <select name={name('tema')} defaultValue="">
            <option value="">{words.allTopics}</option>
            {topics.docs.map((topic) => {
              const { slug, title } = topic as unknown as { slug?: string; title: string }
              return slug ? (
                <option key={slug} value={slug}>
                  {title}
                </option>
              ) : null
            })}
          </select>
        </label>
        <label style={field}>
          {words.audience}
          <select name={name('malgruppe')} defaultValue="">
            <option value="">{words.allAudiences}</option>
            {audiences.map((audience) => (
              <option key={audience} value={audience}>
                {offeringLabels.nb.audiences[audience]}
              </option>
            ))}
          </select>
        </label>
        <label style={field}>
          {words.language}
          <select name={name('sprak')} defaultValue="nb">
            {Object.entries(languages).map(([code, label]) => (
              <option key={code} value={code}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="btn btn--style-primary btn--size-small" style={{ margin: 0 }}>
          {words.make}
        </button>
      </form>
    </details>
  )
}
