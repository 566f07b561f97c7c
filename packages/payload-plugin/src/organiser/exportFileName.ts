import { osloDate } from '../catalog/osloTime.js'
import type { SessionRoster } from './sessionRoster.js'

/** `deltakere-lederskap-i-praksis-2027-03-02.csv`: ASCII only, so every browser keeps the name as it is. */
export function exportFileName(roster: SessionRoster, what: 'deltakere' | 'deltakerliste', extension: string): string {
  const slug = (roster.session.offering.slug ?? '').replace(/[^a-z0-9-]/g, '').slice(0, 60) || `gjennomforing-${String(roster.session.id).replace(/[^A-Za-z0-9]/g, '')}`
  const day = roster.session.startsAt ? `-${osloDate(new Date(roster.session.startsAt))}` : ''
  return `${what}-${slug}${day}.${extension}`
}

/** The headers of a file an editor downloads: never cached, never sniffed as something else. */
export function downloadHeaders(contentType: string, fileName: string): Headers {
  return new Headers({
    'Content-Type': contentType,
    'Content-Disposition': `attachment; filename="${fileName}"`,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  })
}
