'use client'
import { registrationStatuses, type RegistrationStatus } from '@kurskatalog/contract'
import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useEffect, useId, useState } from 'react'
import { statusLabels } from '../collections/Registrations/statusLabels.js'
import { attendanceViewPath, meetingLabel } from './meetingLabel.js'
import { SessionMessageForm } from './SessionMessageForm.js'

interface ParticipantRow {
  id: number | string
  name: string
  email: string
  agency: string
  status: RegistrationStatus
  statusLabel: string
  waitlistPosition: number | null
  signedUpAt: string
  completed: boolean | null
}
interface Overview {
  counts: Record<RegistrationStatus, number>
  seatsLeft: number
  meetings: { id: string | null; number: number; startsAt: string }[]
  meetingsToComplete: number
  attendanceTaken: boolean
  completed: number
  participants: ParticipantRow[]
}
type State = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; overview: Overview }

export interface SessionParticipantsProps {
  /** The sessions collection's slug, whose endpoints serve the list, the exports and the sign-in sheet. */
  sessionsSlug: string
  /** The registrations collection's slug, for the link to each person. */
  registrationsSlug: string
}

const texts = {
  nb: {
    heading: 'Deltakere',
    loading: 'Henter deltakerne …',
    failed: (status: number) => `Kunne ikke hente deltakerne (${status}).`,
    offline: 'Fikk ikke kontakt med serveren. Last siden på nytt.',
    seatsLeft: 'Ledige plasser',
    filter: 'Vis status',
    all: 'Alle',
    shown: (shown: number, total: number) => `Viser ${shown} av ${total}.`,
    downloads: 'Last ned',
    csv: 'CSV (Excel)',
    xlsx: 'Excel (XLSX)',
    sheet: 'Deltakerliste (PDF)',
    anonymousSheet: 'Deltakerliste uten navn (PDF)',
    columns: ['Navn', 'E-post', 'Virksomhet', 'Status', 'Plass i ventelisten', 'Påmeldt', 'Fullført', 'Kursbevis'],
    none: 'Ingen påmeldte med denne statusen.',
    attendance: 'Oppmøte per samling',
    completed: (count: number, need: number, of: number) => `Fullført: ${count} (oppmøte på ${need === of ? `alle ${of}` : `minst ${need} av ${of}`} samlinger)`,
    notTaken: 'Oppmøte er ikke ført ennå.',
    yes: 'Ja',
    no: 'Nei',
    certificate: 'PDF',
    certificateFor: (name: string) => `Kursbevis for ${name} (PDF)`,
  },
  en: {
    heading: 'Participants',
    loading: 'Loading the participants …',
    failed: (status: number) => `Could not load the participants (${status}).`,
    offline: 'Could not reach the server. Reload the page.',
    seatsLeft: 'Seats left',
    filter: 'Show status',
    all: 'All',
    shown: (shown: number, total: number) => `Showing ${shown} of ${total}.`,
    downloads: 'Download',
    csv: 'CSV (Excel)',
    xlsx: 'Excel (XLSX)',
    sheet: 'Sign-in sheet (PDF)',
    anonymousSheet: 'Sign-in sheet without names (PDF)',
    columns: ['Name', 'Email', 'Agency', 'Status', 'Waiting-list number', 'Signed up', 'Completed', 'Certificate'],
    none: 'Nobody with this status.',
    attendance: 'Attendance per meeting',
    completed: (count: number, need: number, of: number) => `Completed: ${count} (present at ${need === of ? `all ${of}` : `${need} of ${of} at least`} meetings)`,
    notTaken: 'No attendance taken yet.',
    yes: 'Yes',
    no: 'No',
    certificate: 'PDF',
    certificateFor: (name: string) => `Certificate for ${name} (PDF)`,
  },
}

const signedUp = (iso: string, language: 'nb' | 'en') =>
  new Date(iso).toLocaleString(language === 'en' ? 'en-GB' : 'nb-NO', { timeZone: 'Europe/Oslo', dateStyle: 'short', timeStyle: 'short' })

/**
 * At the top of a session: its counts by status and seats left, the participants filtered by status, the
 * downloads (CSV, XLSX, sign-in sheet with and without names) for what is shown, and an email to everyone.
 */
export function SessionParticipants({ sessionsSlug, registrationsSlug }: SessionParticipantsProps) {
  const { config } = useConfig()
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const language = i18n.language === 'en' ? 'en' : 'nb'
  const t = texts[language]
  const [state, setState] = useState<State>({ kind: 'loading' })
  const [status, setStatus] = useState<RegistrationStatus | ''>('')
  const headingId = useId()
  const filterId = useId()
  const base = `${config.serverURL}${config.routes.api}/${sessionsSlug}/${id}`

  useEffect(() => {
    if (id === undefined || id === null) return
    const controller = new AbortController()
    fetch(`${base}/participants`, { credentials: 'include', signal: controller.signal })
      .then(async (response) => {
        if (!response.ok) return setState({ kind: 'error', message: t.failed(response.status) })
        setState({ kind: 'ready', overview: (await response.json()) as Overview })
      })
      .catch(() => {
        if (!controller.signal.aborted) setState({ kind: 'error', message: t.offline })
      })
    return () => controller.abort()
  }, [base, id, t])

  // A session not yet saved has nobody on it.
  if (id === undefined || id === null) return null
  const statusQuery = status ? `?status=${status}` : ''

  return (
    <section aria-labelledby={headingId} style={{ marginBottom: 'calc(var(--base) * 1.5)' }}>
      <h2 id={headingId} style={{ marginBottom: 'calc(var(--base) / 2)' }}>
        {t.heading}
      </h2>
      {state.kind === 'loading' && <p role="status">{t.loading}</p>}
      {state.kind === 'error' && <p role="alert">{state.message}</p>}
      {state.kind === 'ready' && (
        <>
          <ul style={{ display: 'flex', flexWrap: 'wrap', gap: 'calc(var(--base) / 2) var(--base)', listStyle: 'none', padding: 0, margin: '0 0 var(--base)' }}>
            {registrationStatuses.map((value) => (
              <li key={value}>
                {statusLabels[value]![language]}: <strong>{state.overview.counts[value]}</strong>
              </li>
            ))}
            <li>
              {t.seatsLeft}: <strong>{state.overview.seatsLeft}</strong>
            </li>
          </ul>
          <Attendance overview={state.overview} language={language} viewUrl={`${config.routes.admin}/collections/${sessionsSlug}/${id}${attendanceViewPath}`} />
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 'var(--base)', alignItems: 'center', marginBottom: 'calc(var(--base) / 2)' }}>
            <label htmlFor={filterId}>{t.filter}</label>
            <select id={filterId} value={status} onChange={(event) => setStatus(event.target.value as RegistrationStatus | '')} style={{ padding: '0.4rem' }}>
              <option value="">
                {t.all} ({state.overview.participants.length})
              </option>
              {registrationStatuses.map((value) => (
                <option key={value} value={value}>
                  {statusLabels[value]![language]} ({state.overview.counts[value]})
                </option>
              ))}
            </select>
            <nav aria-label={t.downloads} style={{ display: 'flex', flexWrap: 'wrap', gap: 'calc(var(--base) / 2)' }}>
              <a className="btn btn--style-secondary btn--size-small" href={`${base}/participants.csv${statusQuery}`} download>
                {t.csv}
              </a>
              <a className="btn btn--style-secondary btn--size-small" href={`${base}/participants.xlsx${statusQuery}`} download>
                {t.xlsx}
              </a>
              <a className="btn btn--style-secondary btn--size-small" href={`${base}/sign-in-sheet.pdf`} download>
                {t.sheet}
              </a>
              <a className="btn btn--style-secondary btn--size-small" href={`${base}/sign-in-sheet.pdf?utgave=uten-navn`} download>
                {t.anonymousSheet}
              </a>
            </nav>
          </div>
          <SessionMessageForm sessionUrl={base} language={language} counts={state.overview.counts} />
          <ParticipantTable
            overview={state.overview}
            status={status}
            language={language}
            registrationsUrl={`${config.routes.admin}/collections/${registrationsSlug}`}
            registrationsApi={`${config.serverURL}${config.routes.api}/${registrationsSlug}`}
          />
        </>
      )}
    </section>
  )
}

function ParticipantTable({
  overview,
  status,
  language,
  registrationsUrl,
  registrationsApi,
}: {
  overview: Overview
  status: RegistrationStatus | ''
  language: 'nb' | 'en'
  registrationsUrl: string
  /** Where each registration's certificate is (`…/:id/certificate.pdf`), for those who attended. */
  registrationsApi: string
}) {
  const t = texts[language]
  const shown = status ? overview.participants.filter((participant) => participant.status === status) : overview.participants
  return (
    <>
      <p role="status" aria-live="polite">
        {t.shown(shown.length, overview.participants.length)}
      </p>
      {shown.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <div className="table" style={{ overflowX: 'auto' }}>
          <table>
            <caption className="sr-only" style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>
              {t.heading}
            </caption>
            <thead>
              <tr>
                {t.columns.map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.map((participant) => (
                <tr key={String(participant.id)}>
                  <td>
                    <a href={`${registrationsUrl}/${participant.id}`}>{participant.name}</a>
                  </td>
                  <td>{participant.email}</td>
                  <td>{participant.agency}</td>
                  <td>{participant.statusLabel}</td>
                  <td>{participant.waitlistPosition ?? ''}</td>
                  <td>{signedUp(participant.signedUpAt, language)}</td>
                  <td>{participant.completed === null ? '' : participant.completed ? t.yes : t.no}</td>
                  <td>
                    {participant.status === 'attended' && (
                      <a href={`${registrationsApi}/${participant.id}/certificate.pdf`} download aria-label={t.certificateFor(participant.name)}>
                        {t.certificate}
                      </a>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  )
}

/** The completed count by the session's rule, and one link per gathering to its attendance screen. */
function Attendance({ overview, language, viewUrl }: { overview: Overview; language: 'nb' | 'en'; viewUrl: string }) {
  const t = texts[language]
  const headingId = useId()
  const count = overview.meetings.length
  return (
    <nav aria-labelledby={headingId} style={{ marginBottom: 'var(--base)' }}>
      <h3 id={headingId} style={{ marginBottom: 'calc(var(--base) / 4)' }}>
        {t.attendance}
      </h3>
      <p style={{ margin: '0 0 calc(var(--base) / 4)' }}>
        {overview.attendanceTaken ? t.completed(overview.completed, overview.meetingsToComplete, count) : t.notTaken}
      </p>
      <ul style={{ margin: 0, paddingLeft: '1.2rem' }}>
        {overview.meetings
          .filter((meeting) => meeting.id)
          .map((meeting) => (
            <li key={meeting.id}>
              <a href={`${viewUrl}/${encodeURIComponent(meeting.id!)}`}>{meetingLabel(meeting.number, count, meeting.startsAt, language)}</a>
            </li>
          ))}
      </ul>
    </nav>
  )
}
