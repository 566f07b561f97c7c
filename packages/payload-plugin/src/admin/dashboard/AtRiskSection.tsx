import type { OverviewSession } from '../../dashboard/overviewTypes.js'
import { documentPath } from '../adminPaths.js'
import { dashboardDateTime } from './dashboardFormat.js'
import { dashboardTexts, type DashboardLanguage } from './dashboardTexts.js'
import { DashboardSection } from './DashboardSection.js'
import { SessionLink } from './SessionLink.js'
import { numberCell, tableCaption } from './tableStyles.js'

export interface AtRiskSectionProps {
  sessions: OverviewSession[]
  adminRoute: string
  sessionsSlug: string
  language: DashboardLanguage
}

/** "Fare for avlysning": upcoming sessions with fewer confirmed than their minimum, and how many they lack. */
export function AtRiskSection({ sessions, adminRoute, sessionsSlug, language }: AtRiskSectionProps) {
  const t = dashboardTexts[language]
  return (
    <DashboardSection id="kk-dashboard-risk" heading={t.risk.heading} empty={t.risk.empty} isEmpty={sessions.length === 0}>
      <p>{t.risk.lead}</p>
      <div className="table">
        <table>
          <caption style={tableCaption}>{t.risk.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.session}</th>
              <th scope="col">{t.starts}</th>
              <th scope="col" style={numberCell}>
                {t.risk.confirmed}
              </th>
              <th scope="col" style={numberCell}>
                {t.risk.minimum}
              </th>
              <th scope="col" style={numberCell}>
                {t.risk.missing}
              </th>
              <th scope="col">{t.risk.deadline}</th>
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
                <td style={numberCell} data-figure="confirmed">
                  {session.confirmed}
                </td>
                <td style={numberCell} data-figure="minimum">
                  {session.minParticipants}
                </td>
                <td style={numberCell} data-figure="missing">
                  {(session.minParticipants ?? 0) - session.confirmed}
                </td>
                <td>{session.signupDeadline ? <time dateTime={session.signupDeadline}>{dashboardDateTime(session.signupDeadline, language)}</time> : t.risk.noDeadline}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </DashboardSection>
  )
}
