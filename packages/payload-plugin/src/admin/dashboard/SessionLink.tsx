import type { OverviewSession } from '../../dashboard/overviewTypes.js'
import { dashboardDateTime } from './dashboardFormat.js'
import type { DashboardLanguage } from './dashboardTexts.js'
import { visuallyHidden } from './visuallyHidden.js'

/** A session's title, linking to its edit view; its start is part of the link's name, since a course may run twice a month. */
export function SessionLink({ href, session, language }: { href: string; session: OverviewSession; language: DashboardLanguage }) {
  return (
    <a href={href}>
      {session.title || String(session.id)}
      <span style={visuallyHidden}>, {dashboardDateTime(session.startsAt, language)}</span>
    </a>
  )
}
