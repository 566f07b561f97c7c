import { toSlug } from '../hooks/toSlug.js'
import type { SessionFacts } from '../seats/sessionFacts.js'

/** `kursbevis-ase-odegard-lederskap-i-praksis.pdf`: ASCII only, so every browser and mail program keeps it. */
export function certificateFileName(participantName: string, session: SessionFacts): string {
  const person = toSlug(participantName).slice(0, 40).replace(/-+$/, '') || 'deltaker'
  const offering = toSlug(session.offering.slug || session.offering.title).slice(0, 60).replace(/-+$/, '') || 'kurs'
  return `kursbevis-${person}-${offering}.pdf`
}
