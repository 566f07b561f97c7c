'use client'
import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useCallback, useEffect, useId, useState, type FormEvent, type ReactNode } from 'react'
import { attendanceViewPath, meetingHours, meetingLabel, type AdminLanguage } from './meetingLabel.js'

interface Person {
  id: number | string
  name: string
  agency: string
  statusLabel: string
  present: boolean | null
  completed: boolean | null
}
interface MeetingList {
  session: { title: string; meetingCount: number; meetingsToComplete: number }
  meeting: { id: string; number: number; startsAt: string; endsAt: string; place: string | null; online: boolean }
  counts: { listed: number; present: number; absent: number; unmarked: number; completed: number }
  participants: Person[]
}
type Choice = 'present' | 'absent' | ''
type Load = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; list: MeetingList }

export interface MeetingAttendanceProps {
  /** The sessions collection's slug, whose endpoint `/:id/meetings/:meetingId/attendance` reads and stores the marks. */
  sessionsSlug: string
}

// As many marks as the endpoint takes in one request; a larger session is saved in parts.
const marksPerRequest = 500

const texts = {
  nb: {
    back: 'Tilbake til gjennomføringen',
    loading: 'Henter oppmøtelisten …',
    failed: (status: number) => `Kunne ikke hente oppmøtelisten (${status}).`,
    offline: 'Fikk ikke kontakt med serveren. Prøv igjen.',
    online: 'Digitalt',
    rule: (need: number, of: number) => (need === of ? `Fullført krever oppmøte på alle ${of} samlingene.` : `Fullført krever oppmøte på minst ${need} av ${of} samlinger.`),
    summary: (c: MeetingList['counts']) => `Til stede: ${c.present} · Ikke til stede: ${c.absent} · Ikke ført: ${c.unmarked} · Fullført så langt: ${c.completed}`,
    none: 'Ingen bekreftede deltakere på denne gjennomføringen.',
    present: 'Til stede',
    absent: 'Ikke til stede',
    allPresent: 'Merk alle som til stede',
    allMarked: 'Alle er merket som til stede. Trykk «Lagre oppmøte» for å lagre.',
    save: 'Lagre oppmøte',
    saving: 'Lagrer …',
    unsaved: 'Endringene er ikke lagret ennå.',
    saved: (c: MeetingList['counts']) => `Oppmøtet er lagret: ${c.present} til stede, ${c.absent} ikke til stede, ${c.unmarked} ikke ført.`,
    nothingChosen: 'Velg «Til stede» eller «Ikke til stede» for minst én deltaker.',
  },
  en: {
    back: 'Back to the session',
    loading: 'Loading the attendance list …',
    failed: (status: number) => `Could not load the attendance list (${status}).`,
    offline: 'Could not reach the server. Try again.',
    online: 'Online',
    rule: (need: number, of: number) => (need === of ? `Completing takes attendance at all ${of} meetings.` : `Completing takes attendance at ${need} of ${of} meetings at least.`),
    summary: (c: MeetingList['counts']) => `Present: ${c.present} · Absent: ${c.absent} · Not marked: ${c.unmarked} · Completed so far: ${c.completed}`,
    none: 'No confirmed participants on this session.',
    present: 'Present',
    absent: 'Absent',
    allPresent: 'Mark everyone present',
    allMarked: 'Everyone is marked present. Press "Save attendance" to save.',
    save: 'Save attendance',
    saving: 'Saving …',
    unsaved: 'The changes are not saved yet.',
    saved: (c: MeetingList['counts']) => `Attendance saved: ${c.present} present, ${c.absent} absent, ${c.unmarked} not marked.`,
    nothingChosen: 'Choose "Present" or "Absent" for at least one participant.',
  },
}

const choicesOf = (list: MeetingList): Record<string, Choice> =>
  Object.fromEntries(list.participants.map((person) => [String(person.id), person.present === null ? '' : person.present ? 'present' : 'absent']))

/** The meeting id in the admin's address: `/admin/collections/sessions/:id/oppmote/:meetingId`. */
const meetingInAddress = (): string => {
  const segments = window.location.pathname.split('/')
  const at = segments.lastIndexOf(attendanceViewPath.slice(1))
  return at >= 0 ? decodeURIComponent(segments[at + 1] ?? '') : ''
}

/**
 * One gathering's attendance screen, a view of the session's own (`…/oppmote/:meetingId`): a heading for the
 * gathering, one radio group per confirmed participant (the name as its legend), "mark everyone present",
 * and a live status after saving. Keyboard and screen-reader usable: native controls only.
 */
export function MeetingAttendance({ sessionsSlug }: MeetingAttendanceProps) {
  const { config } = useConfig()
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const language: AdminLanguage = i18n.language === 'en' ? 'en' : 'nb'
  const t = texts[language]
  const [meeting, setMeeting] = useState('')
  const [load, setLoad] = useState<Load>({ kind: 'loading' })
  const [choices, setChoices] = useState<Record<string, Choice>>({})
  const [status, setStatus] = useState('')
  const [busy, setBusy] = useState(false)
  const headingId = useId()
  const endpoint = `${config.serverURL}${config.routes.api}/${sessionsSlug}/${encodeURIComponent(String(id))}/meetings/${encodeURIComponent(meeting)}/attendance`
  const sessionUrl = `${config.routes.admin}/collections/${sessionsSlug}/${encodeURIComponent(String(id))}`

  useEffect(() => setMeeting(meetingInAddress()), [])

  const show = useCallback((list: MeetingList) => {
    setLoad({ kind: 'ready', list })
    setChoices(choicesOf(list))
  }, [])

  useEffect(() => {
    if (!meeting || id === undefined || id === null) return
    const controller = new AbortController()
    fetch(endpoint, { credentials: 'include', signal: controller.signal })
      .then(async (response) => {
        if (!response.ok) return setLoad({ kind: 'error', message: t.failed(response.status) })
        show((await response.json()) as MeetingList)
      })
      .catch(() => {
        if (!controller.signal.aborted) setLoad({ kind: 'error', message: t.offline })
      })
    return () => controller.abort()
  }, [endpoint, id, meeting, show, t])

  const choose = (person: string, choice: Choice) => {
    setChoices((current) => ({ ...current, [person]: choice }))
    setStatus(t.unsaved)
  }

  const markAllPresent = (list: MeetingList) => {
    setChoices(Object.fromEntries(list.participants.map((person) => [String(person.id), 'present'])))
    setStatus(t.allMarked)
  }

  const save = async (event: FormEvent) => {
    event.preventDefault()
    const marks = Object.entries(choices)
      .filter(([, choice]) => choice !== '')
      .map(([registration, choice]) => ({ registration, present: choice === 'present' }))
    if (marks.length === 0) return setStatus(t.nothingChosen)
    setBusy(true)
    setStatus(t.saving)
    try {
      let latest: MeetingList | null = null
      for (let start = 0; start < marks.length; start += marksPerRequest) {
        const response = await fetch(endpoint, {
          method: 'POST',
          credentials: 'include',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ marks: marks.slice(start, start + marksPerRequest) }),
        })
        const body = (await response.json().catch(() => null)) as (MeetingList & { errors?: { message?: string }[] }) | null
        if (!response.ok || !body) return setStatus(body?.errors?.[0]?.message ?? t.failed(response.status))
        latest = body
      }
      if (latest) {
        show(latest)
        setStatus(t.saved(latest.counts))
      }
    } catch {
      setStatus(t.offline)
    } finally {
      setBusy(false)
    }
  }

  if (load.kind === 'loading') return <Frame back={t.back} sessionUrl={sessionUrl}><p role="status">{t.loading}</p></Frame>
  if (load.kind === 'error') return <Frame back={t.back} sessionUrl={sessionUrl}><p role="alert">{load.message}</p></Frame>
  const { list } = load
  const where = list.meeting.place ?? (list.meeting.online ? t.online : null)

  return (
    <Frame back={t.back} sessionUrl={sessionUrl}>
      <section aria-labelledby={headingId}>
        <h2 id={headingId} style={{ marginBottom: 'calc(var(--base) / 2)' }}>
          {meetingLabel(list.meeting.number, list.session.meetingCount, list.meeting.startsAt, language)}
        </h2>
        <p>
          {list.session.title}, {meetingHours(list.meeting.startsAt, list.meeting.endsAt, language)}
          {where ? `, ${where}` : ''}
        </p>
        <p>{t.rule(list.session.meetingsToComplete, list.session.meetingCount)}</p>
        <p>{t.summary(list.counts)}</p>
        {list.participants.length === 0 ? (
          <p>{t.none}</p>
        ) : (
          <form onSubmit={save} aria-labelledby={headingId}>
            <p>
              <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => markAllPresent(list)} disabled={busy}>
                {t.allPresent}
              </button>
            </p>
            <ul style={{ listStyle: 'none', padding: 0, margin: '0 0 var(--base)' }}>
              {list.participants.map((person) => {
                const key = String(person.id)
                return (
                  <li key={key} style={{ borderBottom: '1px solid var(--theme-elevation-100)', padding: 'calc(var(--base) / 2) 0' }}>
                    <fieldset style={{ border: 0, padding: 0, margin: 0, display: 'flex', flexWrap: 'wrap', gap: 'calc(var(--base) / 2) var(--base)', alignItems: 'center' }}>
                      <legend style={{ float: 'left', minWidth: '16rem', padding: 0 }}>
                        <strong>{person.name}</strong> <span>({person.agency})</span>
                      </legend>
                      {(['present', 'absent'] as const).map((choice) => (
                        <label key={choice} style={{ display: 'inline-flex', gap: '0.4rem', alignItems: 'center' }}>
                          <input type="radio" name={`oppmote-${key}`} value={choice} checked={choices[key] === choice} onChange={() => choose(key, choice)} disabled={busy} />
                          {t[choice]}
                        </label>
                      ))}
                    </fieldset>
                  </li>
                )
              })}
            </ul>
            <button type="submit" className="btn btn--style-primary" disabled={busy}>
              {busy ? t.saving : t.save}
            </button>
          </form>
        )}
        <p role="status" aria-live="polite">
          {status}
        </p>
      </section>
    </Frame>
  )
}

function Frame({ back, sessionUrl, children }: { back: string; sessionUrl: string; children: ReactNode }) {
  return (
    <div className="gutter--left gutter--right" style={{ paddingTop: 'var(--base)', paddingBottom: 'calc(var(--base) * 2)' }}>
      <p>
        <a href={sessionUrl}>← {back}</a>
      </p>
      {children}
    </div>
  )
}
