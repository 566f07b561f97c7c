import { Gutter } from '@payloadcms/ui'
import type { PayloadRequest } from 'payload'
import { loadEditorsOverview } from '../dashboard/editorsOverview.js'
import { catalogContextOf } from '../routes/catalogContextOf.js'
import { AtRiskSection } from './dashboard/AtRiskSection.js'
import { dashboardTexts, type DashboardLanguage } from './dashboard/dashboardTexts.js'
import { FailedEmailsSection } from './dashboard/FailedEmailsSection.js'
import { NextSessionsSection } from './dashboard/NextSessionsSection.js'
import { WaitingRequestsSection } from './dashboard/WaitingRequestsSection.js'
import { dashboardTableCss } from './dashboard/tableStyles.js'

export interface EditorsDashboardProps {
  /** Given by Payload to the dashboard view: the page's request, with the logged-in user. */
  initPageResult?: { req: PayloadRequest }
  i18n?: { language?: string }
}

/**
 * The admin's front page (*Oversikt*): what needs doing — sessions of the next 30 days and how full they are,
 * sessions at risk of cancellation, service requests waiting for an answer, failed emails — each row linking
 * to where the editor acts. A server component: the figures are read as the page is drawn, with the user's
 * own access. Payload's menu stays beside it, with every collection.
 */
export async function EditorsDashboard({ initPageResult, i18n }: EditorsDashboardProps) {
  const language: DashboardLanguage = i18n?.language === 'en' ? 'en' : 'nb'
  const t = dashboardTexts[language]
  const req = initPageResult?.req
  const context = req ? catalogContextOf(req.payload) : undefined
  const editor = Boolean(req && context && !context.disabled && context.isEditor(req))
  const overview = editor ? await loadEditorsOverview(req!, context!) : null
  const adminRoute = req?.payload.config.routes.admin ?? '/admin'

  return (
    <Gutter className="kk-dashboard">
      <style>{dashboardTableCss}</style>
      <h1 style={{ marginBlock: 'var(--base)' }}>{t.title}</h1>
      {!overview || !context ? (
        <p>{t.notEditor}</p>
      ) : (
        <>
          <p style={{ marginBottom: 'calc(var(--base) * 1.5)' }}>{t.lead}</p>
          <NextSessionsSection sessions={overview.nextSessions} horizonDays={overview.horizonDays} adminRoute={adminRoute} sessionsSlug={context.slugs.sessions} language={language} />
          <AtRiskSection sessions={overview.atRisk} adminRoute={adminRoute} sessionsSlug={context.slugs.sessions} language={language} />
          <WaitingRequestsSection requests={overview.serviceRequests} adminRoute={adminRoute} serviceRequestsSlug={context.slugs['service-requests']} language={language} />
          <FailedEmailsSection emails={overview.failedEmails} adminRoute={adminRoute} queuedEmailsSlug={context.slugs['queued-emails']} language={language} />
        </>
      )}
    </Gutter>
  )
}
