import type { OverviewSession } from '../../dashboard/overviewTypes.js'
import { documentPath } from '../adminPaths.js'
import { dashboardDateTime, fillRate } from './dashboardFormat.js'
import type { DashboardLanguage } from './dashboardTexts.js'
import { dashboardTexts } from './dashboardTexts.js'
import { DashboardSection } from './DashboardSection.js'
import { SessionLink } from './SessionLink.js'
import { numberCell, tableCaption } from './tableStyles.js'

export interface NextSessionsSectionProps {
  sessions: OverviewSession[]
  horizonDays: number
  adminRoute: string
  sessionsSlug: string
  language: DashboardLanguage
}

/** "Neste 30 dager": each session starting soon, how full it is, its waiting list and the places awaiting approval. */
export function NextSessionsSection({ sessions, horizonDays, adminRoute, sessionsSlug, language }: NextSessionsSectionProps) {
  const t = dashboardTexts[language]
  return (
    <DashboardSection id="kk-dashboard-next" heading={t.next.heading(horizonDays)} empty={t.next.empty(horizonDays)} isEmpty={sessions.length === 0}>
      <div className="table">
        <table>
          <caption style={tableCaption}>{t.next.caption(horizonDays)}</caption>
          <thead>
            <tr>
              <th scope="col">{t.session}</th>
              <th scope="col">{t.starts}</th>
              <th scope="col" style={numberCell}>
                {t.next.filled}
              </th>
              <th scope="col" style={numberCell}>
                {t.next.waitlist}
              </th>
              <th scope="col" style={numberCell}>
                {t.next.awaiting}
              </th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((session) => (
              <tr key={String(session.id)} data-session={String(session.id)}>
                <th scope="row">
                  <SessionLink href={documentPath(adminRoute, sessionsSlug, session.id)} session={session} language={language} />
                </th>
                <td>
                  <time dateTime={session.startsAt}>{dashboardDateTime(session.startsAt, language)}</time>
                </td>
                <td style={numberCell} data-figure="fill">
                  {fillRate(session.confirmed, session.capacity, language)}
                  {session.seatsLeft === 0 && <strong> · {t.next.full}</strong>}
                </td>
                <td style={numberCell} data-figure="waitlisted">
                  {session.waitlisted}
                </td>
                <td style={numberCell} data-figure="awaiting-approval">
                  {session.awaitingApproval}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </DashboardSection>
  )
}
