import type { SignupQuestion } from '@kurskatalog/contract'
import { statusLabels } from '../collections/Registrations/statusLabels.js'
import type { MeetingFacts } from '../seats/sessionFacts.js'
import { norwegianDay } from './norwegianDate.js'
import type { Participant, SessionRoster } from './sessionRoster.js'
import type { OrganiserLanguage } from './texts.js'
import { organiserTexts } from './texts.js'

/** A cell as exported: text, a whole number, an instant, or empty. */
export type ExportValue = string | number | Date | null

export interface ExportColumn {
  header: string
  /** How wide the column starts in a spreadsheet, in characters. */
  width: number
  value: (participant: Participant) => ExportValue
}

const answerText = (answer: string | boolean | undefined, language: OrganiserLanguage): string | null => {
  if (answer === undefined || answer === '') return null
  if (typeof answer === 'boolean') return answer ? organiserTexts[language].yes : organiserTexts[language].no
  return answer
}

const questionColumn = (question: SignupQuestion, language: OrganiserLanguage): ExportColumn => ({
  header: question.label,
  width: Math.min(40, Math.max(12, question.label.length)),
  value: (participant) => answerText(participant.answers[question.id], language),
})

/** A gathering's column: Til stede, Ikke til stede, or empty where the person was not marked. */
const meetingColumn = (meeting: MeetingFacts, index: number, language: OrganiserLanguage): ExportColumn => {
  const texts = organiserTexts[language]
  return {
    header: texts.columns.meeting(index + 1, norwegianDay(new Date(meeting.startsAt))),
    width: 16,
    value: (participant) => {
      const present = meeting.id ? participant.attendance[meeting.id] : undefined
      return present === undefined ? null : present ? texts.present : texts.absent
    },
  }
}

/**
 * The columns of a session's participant export, in order — the same for CSV and XLSX: the person, their
 * place on the session, one column per question of the course, one per gathering (present, absent, or
 * empty if not marked), and whether they completed by the session's rule (empty while attendance is not
 * taken, and for anyone not on the attendance list).
 */
export function exportColumns(roster: SessionRoster, language: OrganiserLanguage): ExportColumn[] {
  const headers = organiserTexts[language].columns
  return [
    { header: headers.name, width: 28, value: (p) => p.name },
    { header: headers.email, width: 32, value: (p) => p.email },
    { header: headers.agency, width: 28, value: (p) => p.agency },
    { header: headers.role, width: 20, value: (p) => p.role },
    { header: headers.status, width: 20, value: (p) => statusLabels[p.status]?.[language] ?? p.status },
    { header: headers.waitlistPosition, width: 10, value: (p) => p.waitlistPosition },
    { header: headers.signedUpAt, width: 18, value: (p) => new Date(p.signedUpAt) },
    ...roster.session.offering.questions.map((question) => questionColumn(question, language)),
    ...roster.session.meetings.map((meeting, index) => meetingColumn(meeting, index, language)),
    {
      header: headers.completed,
      width: 10,
      value: (p) => (p.completed === null ? null : p.completed ? organiserTexts[language].yes : organiserTexts[language].no),
    },
  ]
}
