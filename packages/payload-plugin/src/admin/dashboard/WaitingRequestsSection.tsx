import type { EditorsOverview } from '../../dashboard/overviewTypes.js'
import { serviceRequestStatusLabels } from '../../collections/ServiceRequests/statusLabels.js'
import { documentPath, waitingServiceRequestsListPath } from '../adminPaths.js'
import { dashboardDateTime, waitedDays } from './dashboardFormat.js'
import { dashboardTexts, type DashboardLanguage } from './dashboardTexts.js'
import { DashboardSection } from './DashboardSection.js'
import { numberCell, tableCaption } from './tableStyles.js'

export interface WaitingRequestsSectionProps {
  requests: EditorsOverview['serviceRequests']
  adminRoute: string
  serviceRequestsSlug: string
  language: DashboardLanguage
}

/** "Bestillinger som venter på svar": service requests new or in dialogue, the oldest first, with how long each has waited. */
export function WaitingRequestsSection({ requests, adminRoute, serviceRequestsSlug, language }: WaitingRequestsSectionProps) {
  const t = dashboardTexts[language].requests
  return (
    <DashboardSection id="kk-dashboard-requests" heading={t.heading} empty={t.empty} isEmpty={requests.total === 0}>
      <div className="table">
        <table>
          <caption style={tableCaption}>{t.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.request}</th>
              <th scope="col">{t.contact}</th>
              <th scope="col">{t.status}</th>
              <th scope="col">{t.received}</th>
              <th scope="col" style={numberCell}>
                {t.waiting}
              </th>
            </tr>
          </thead>
          <tbody>
            {requests.oldest.map((request) => (
              <tr key={String(request.id)} data-service-request={String(request.id)}>
                <th scope="row">
                  <a href={documentPath(adminRoute, serviceRequestsSlug, request.id)}>{t.linkName(request.agency, request.service)}</a>
                </th>
                <td>{request.contactName}</td>
                <td data-figure="status">{serviceRequestStatusLabels[request.status]![language]}</td>
                <td>
                  <time dateTime={request.createdAt}>{dashboardDateTime(request.createdAt, language)}</time>
                </td>
                <td style={numberCell} data-figure="age">
                  {waitedDays(request.ageDays, language)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        <a href={waitingServiceRequestsListPath(adminRoute, serviceRequestsSlug)} data-figure="requests-total">
          {t.all(requests.total)}
        </a>
      </p>
    </DashboardSection>
  )
}
