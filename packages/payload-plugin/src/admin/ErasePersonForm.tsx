'use client'
import { useConfig } from '@payloadcms/ui'
import { useId, useState, type FormEvent } from 'react'

interface ReceiptRow {
  collection: string
  id: number | string
  fields: string[]
}
interface Receipt {
  anonymisedAt: string
  rows: ReceiptRow[]
  placesGivenUp: (number | string)[]
  jobsRemoved: number
}
type State = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; email: string; receipt: Receipt } | { kind: 'error'; message: string }

export interface ErasePersonFormProps {
  /** The registrations collection's slug, whose endpoint `/erase-person` does the work. */
  registrationsSlug: string
}

const when = (iso: string) => new Date(iso).toLocaleString('nb-NO', { timeZone: 'Europe/Oslo' })

/**
 * "Slett personopplysninger" above the registrations list: an erasure on request (GDPR art. 17) by
 * email address, across every registration and service request, answered with the receipt.
 */
export function ErasePersonForm({ registrationsSlug }: ErasePersonFormProps) {
  const { config } = useConfig()
  const [email, setEmail] = useState('')
  const [state, setState] = useState<State>({ kind: 'idle' })
  const [open, setOpen] = useState(false)
  const inputId = useId()

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const address = email.trim()
    if (!address) return
    if (!window.confirm(`Slette personopplysningene til ${address} fra alle påmeldinger og bestillinger? Dette kan ikke angres.`)) return
    setState({ kind: 'busy' })
    try {
      const response = await fetch(`${config.serverURL}${config.routes.api}/${registrationsSlug}/erase-person`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: address }),
      })
      const body = (await response.json().catch(() => null)) as { receipt?: Receipt; errors?: { message?: string }[] } | null
      if (!response.ok || !body?.receipt) {
        setState({ kind: 'error', message: body?.errors?.[0]?.message ?? `Noe gikk galt (${response.status}).` })
        return
      }
      setState({ kind: 'done', email: address, receipt: body.receipt })
      setEmail('')
    } catch {
      setState({ kind: 'error', message: 'Fikk ikke kontakt med serveren. Prøv igjen.' })
    }
  }

  return (
    <section style={{ marginBottom: 'var(--base)' }} aria-label="Slett personopplysninger">
      <button type="button" className="btn btn--style-secondary btn--size-small" aria-expanded={open} onClick={() => setOpen(!open)}>
        Slett personopplysninger
      </button>
      {open && (
        <form onSubmit={submit} style={{ marginTop: 'calc(var(--base) / 2)', maxWidth: '40rem' }}>
          <p>
            Når noen ber om å bli slettet (GDPR art. 17): alle påmeldinger og bestillinger med denne e-postadressen anonymiseres
            nå, og plasser på kommende gjennomføringer meldes av. Status og tall beholdes for statistikken.
          </p>
          <label htmlFor={inputId}>E-postadresse</label>
          <div style={{ display: 'flex', gap: 'calc(var(--base) / 2)', alignItems: 'center' }}>
            <input
              id={inputId}
              type="email"
              required
              maxLength={254}
              autoComplete="off"
              value={email}
              onChange={(event) => setEmail(event.target.value)}
              style={{ flex: 1, padding: '0.5rem' }}
            />
            <button type="submit" className="btn btn--style-primary btn--size-small" disabled={state.kind === 'busy'}>
              {state.kind === 'busy' ? 'Sletter …' : 'Slett'}
            </button>
          </div>
          <div role="status" aria-live="polite">
            {state.kind === 'error' && <p style={{ color: 'var(--theme-error-500)' }}>{state.message}</p>}
            {state.kind === 'done' && <ErasureReceipt email={state.email} receipt={state.receipt} />}
          </div>
        </form>
      )}
    </section>
  )
}

function ErasureReceipt({ email, receipt }: { email: string; receipt: Receipt }) {
  if (receipt.rows.length === 0) return <p>Fant ingen påmeldinger eller bestillinger med {email}. Ingenting er endret.</p>
  return (
    <div>
      <p>
        Kvittering: personopplysningene til {email} ble slettet {when(receipt.anonymisedAt)} fra {receipt.rows.length}{' '}
        {receipt.rows.length === 1 ? 'rad' : 'rader'}
        {receipt.jobsRemoved > 0 ? `, og ${receipt.jobsRemoved} jobb(er) i køen med kopier ble fjernet` : ''}.
        {receipt.placesGivenUp.length > 0 &&
          ` ${receipt.placesGivenUp.length} ${receipt.placesGivenUp.length === 1 ? 'plass' : 'plasser'} på kommende gjennomføringer ble meldt av, og ventelisten rykket opp.`}
      </p>
      <ul>
        {receipt.rows.map((row) => (
          <li key={`${row.collection}:${row.id}`}>
            {row.collection} {String(row.id)}: {row.fields.join(', ')}
          </li>
        ))}
      </ul>
    </div>
  )
}
