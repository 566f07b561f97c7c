'use client'
import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

export interface RetryEmailButtonProps {
  /** The outbox collection's slug, whose endpoint `/:id/retry` does the work. */
  queuedEmailsSlug: string
}

type State = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done' } | { kind: 'error'; message: string }

const texts = {
  nb: { lead: 'E-posten kom ikke fram. Er feilen rettet, kan du prøve igjen:', button: 'Prøv igjen', busy: 'Sender …', done: 'Lagt i køen igjen. Last siden på nytt for å se status.', offline: 'Fikk ikke kontakt med serveren. Prøv igjen.' },
  en: { lead: 'The email did not go through. Once the fault is fixed, you can try again:', button: 'Try again', busy: 'Sending …', done: 'Queued again. Reload the page to see its status.', offline: 'Could not reach the server. Try again.' },
} as const

/** "Prøv igjen" in the sidebar of a failed email: one more attempt, through the outbox (see `retryFailedEmail`). */
export function RetryEmailButton({ queuedEmailsSlug }: RetryEmailButtonProps) {
  const { config } = useConfig()
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const words = i18n.language === 'en' ? texts.en : texts.nb
  const [state, setState] = useState<State>({ kind: 'idle' })

  const retry = async () => {
    setState({ kind: 'busy' })
    try {
      const response = await fetch(`${config.serverURL}${config.routes.api}/${queuedEmailsSlug}/${encodeURIComponent(String(id))}/retry`, { method: 'POST', credentials: 'include' })
      const body = (await response.json().catch(() => null)) as { errors?: { message?: string }[] } | null
      setState(response.ok ? { kind: 'done' } : { kind: 'error', message: body?.errors?.[0]?.message ?? `(${response.status})` })
    } catch {
      setState({ kind: 'error', message: words.offline })
    }
  }

  return (
    <div style={{ marginBottom: 'var(--base)' }}>
      <p>{words.lead}</p>
      <button type="button" className="btn btn--style-primary btn--size-small" disabled={state.kind === 'busy' || state.kind === 'done'} onClick={retry}>
        {state.kind === 'busy' ? words.busy : words.button}
      </button>
      <div role="status" aria-live="polite">
        {state.kind === 'done' && <p>{words.done}</p>}
        {state.kind === 'error' && <p style={{ color: 'var(--theme-error-500)' }}>{state.message}</p>}
      </div>
    </div>
  )
}
