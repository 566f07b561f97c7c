import type { CollectionSlug, Payload } from 'payload'
import { failedEmailsListPath } from './adminPaths.js'

export interface FailedEmailsNavLinkProps {
  /** The outbox collection's slug. */
  queuedEmailsSlug: CollectionSlug
  /** Given by Payload to a server component in the admin. */
  payload?: Payload
  i18n?: { language?: string }
}

/** The list of failed emails, filtered, one click from every admin page: "Feilede e-poster (3)". */
export async function FailedEmailsNavLink({ queuedEmailsSlug, payload, i18n }: FailedEmailsNavLinkProps) {
  if (!payload) return null
  const failed = await payload.count({ collection: queuedEmailsSlug, where: { status: { equals: 'failed' } }, overrideAccess: true })
  const href = failedEmailsListPath(payload.config.routes.admin, queuedEmailsSlug)
  const name = i18n?.language === 'en' ? 'Failed emails' : 'Feilede e-poster'
  return (
    <a href={href} className="nav__link" id="nav-failed-emails" data-failed-emails={failed.totalDocs}>
      <span className="nav__link-label">
        {name} ({failed.totalDocs})
      </span>
    </a>
  )
}
