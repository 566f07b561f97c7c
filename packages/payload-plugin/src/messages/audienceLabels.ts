import type { MessageAudience } from '@kurskatalog/contract'
import { label } from '../labels.js'

/** Who an editor's message on a session goes to, as the form and the log name them. */
export const audienceLabels: Record<MessageAudience, Record<string, string>> = {
  confirmed: label('Bekreftede deltakere (også de som har møtt eller ikke møtt)', 'Confirmed participants (also those marked attended or no-show)'),
  waitlisted: label('Ventelisten', 'The waiting list'),
  'pending-approval': label('De som venter på godkjenning fra leder', 'Those awaiting their leader’s approval'),
}
