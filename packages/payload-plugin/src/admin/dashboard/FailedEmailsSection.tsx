import type { EditorsOverview } from '../../dashboard/overviewTypes.js'
import { documentPath, failedEmailsListPath } from '../adminPaths.js'
import { dashboardDateTime } from './dashboardFormat.js'
import { dashboardTexts, type DashboardLanguage } from './dashboardTexts.js'
import { DashboardSection } from './DashboardSection.js'
import { tableCaption } from './tableStyles.js'
import { visuallyHidden } from './visuallyHidden.js'

export interface FailedEmailsSectionProps {
  emails: EditorsOverview['failedEmails']
  adminRoute: string
  queuedEmailsSlug: string
  language: DashboardLanguage
}

/** Keeps a long SMTP error from stretching the table; the whole error is on the email's own page. */
const shortened = (text: string) => (text.length > 160 ? `${text.slice(0, 159)}…` : text)

/** "Feilede e-poster": how many the outbox gave up on, the latest of them, and the way to the list where each is tried again. */
export function FailedEmailsSection({ emails, adminRoute, queuedEmailsSlug, language }: FailedEmailsSectionProps) {
  const t = dashboardTexts[language].emails
  return (
    <DashboardSection id="kk-dashboard-emails" heading={t.heading} empty={t.empty} isEmpty={emails.total === 0}>
      <p data-figure="emails-total">{t.lead(emails.total)}</p>
      <div className="table">
        <table>
          <caption style={tableCaption}>{t.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.email}</th>
              <th scope="col">{t.to}</th>
              <th scope="col">{t.failedAt}</th>
              <th scope="col">{t.error}</th>
            </tr>
          </thead>
          <tbody>
            {emails.latest.map((email) => (
              <tr key={String(email.id)} data-email={String(email.id)}>
                <th scope="row">
                  <a href={documentPath(adminRoute, queuedEmailsSlug, email.id)}>
                    {email.subject}
                    <span style={visuallyHidden}>{t.toWhom(email.to)}</span>
                  </a>
                </th>
                <td>{email.to}</td>
                <td>
                  <time dateTime={email.failedAt}>{dashboardDateTime(email.failedAt, language)}</time>
                </td>
                <td>{email.lastError ? shortened(email.lastError) : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        <a href={failedEmailsListPath(adminRoute, queuedEmailsSlug)}>{t.all(emails.total)}</a>
      </p>
    </DashboardSection>
  )
}
