'use client'
import { audienceStatuses, messageAudiences, type MessageAudience, type RegistrationStatus } from '@kurskatalog/contract'
import { useId, useState } from 'react'
import type { EmailPreview } from '../messages/emailPreview.js'
import { audienceLabels } from '../messages/audienceLabels.js'
import { messageTexts, type MessageLanguage } from '../messages/texts.js'
import { EmailPreviewPanel } from './EmailPreviewPanel.js'
import { MessageFields, type MessageFieldErrors } from './MessageFields.js'
import { messageFieldErrorsOf, readRefusal } from './messageErrors.js'
import { newFormKey } from './newFormKey.js'

export interface SessionMessageFormProps {
  /** `/api/sessions/:id`, under which `message/preview` and `message` answer. */
  sessionUrl: string
  language: MessageLanguage
  counts: Record<RegistrationStatus, number>
}

type Previewed = { content: string; recipients: number; preview: EmailPreview | null }
type Work = 'idle' | 'previewing' | 'sending'

const fieldOf = (path: string) => (path === 'subject' || path === 'body' || path === 'audience' ? path : null)

/**
 * *Send e-post til deltakerne* in a session's Deltakere block: choose the recipients, write a subject and text,
 * preview the email as one of them gets it with the count, then send (once, whatever the clicks: the form's key).
 */
export function SessionMessageForm({ sessionUrl, language, counts }: SessionMessageFormProps) {
  const t = messageTexts[language]
  const id = useId()
  const [open, setOpen] = useState(false)
  const [audience, setAudience] = useState<MessageAudience>('confirmed')
  const [subject, setSubject] = useState('')
  const [body, setBody] = useState('')
  const [errors, setErrors] = useState<MessageFieldErrors & { audience?: string }>({})
  const [problem, setProblem] = useState('')
  const [announcement, setAnnouncement] = useState('')
  const [previewed, setPreviewed] = useState<Previewed | null>(null)
  const [work, setWork] = useState<Work>('idle')
  const [formKey, setFormKey] = useState(newFormKey)
  const content = JSON.stringify([audience, subject, body])
  const current = previewed?.content === content ? previewed : null

  const post = async (path: string, payload: Record<string, unknown>): Promise<Response | null> => {
    setProblem('')
    try {
      return await fetch(`${sessionUrl}/${path}`, { method: 'POST', credentials: 'include', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(payload) })
    } catch {
      setProblem(t.offline)
      return null
    }
  }
  const refused = async (response: Response) => {
    const refusal = await readRefusal(response, fieldOf)
    setErrors({ ...messageFieldErrorsOf(refusal.fields), audience: refusal.fields.audience })
    setProblem(refusal.message)
  }

  const preview = async () => {
    setWork('previewing')
    setAnnouncement('')
    const response = await post('message/preview', { audience, subject, body })
    setWork('idle')
    if (!response) return
    if (!response.ok) return refused(response)
    const answer = (await response.json()) as { recipients: number; preview: EmailPreview | null }
    setErrors({})
    setPreviewed({ content, ...answer })
    setAnnouncement(answer.recipients === 0 ? t.session.nobody : t.session.count(answer.recipients))
  }

  const send = async () => {
    setWork('sending')
    const response = await post('message', { audience, subject, body, idempotencyKey: formKey })
    setWork('idle')
    if (!response) return
    if (!response.ok) return refused(response)
    const answer = (await response.json()) as { message: { recipients: number } }
    setAnnouncement(`${t.session.sent(answer.message.recipients)} ${t.session.log}`)
    setSubject('')
    setBody('')
    setPreviewed(null)
    setErrors({})
    setFormKey(newFormKey())
  }

  const reached = (value: MessageAudience) => audienceStatuses[value].reduce((sum, status) => sum + (counts[status] ?? 0), 0)

  return (
    <div style={{ margin: 'var(--base) 0' }}>
      <button type="button" className="btn btn--style-secondary btn--size-small" aria-expanded={open} aria-controls={`${id}-form`} onClick={() => setOpen(!open)}>
        {t.session.open}
      </button>
      <div role="status" aria-live="polite">
        {announcement && <p>{announcement}</p>}
      </div>
      {open && (
        // Not a <form>: the session's own edit form holds this block, and forms do not nest.
        <div
          id={`${id}-form`}
          role="group"
          aria-labelledby={`${id}-heading`}
          style={{ marginTop: 'var(--base)', padding: 'var(--base)', border: '1px solid var(--theme-elevation-150)', maxWidth: '48rem' }}
        >
          <h3 id={`${id}-heading`} style={{ marginTop: 0 }}>
            {t.session.heading}
          </h3>
          <p>{t.session.intro}</p>
          <fieldset style={{ border: 0, padding: 0, margin: '0 0 var(--base)' }} aria-describedby={errors.audience ? `${id}-audience-error` : undefined}>
            <legend style={{ fontWeight: 600 }}>{t.fields.audience}</legend>
            {messageAudiences.map((value) => (
              <div key={value}>
                <input type="radio" id={`${id}-${value}`} name={`${id}-audience`} value={value} checked={audience === value} onChange={() => setAudience(value)} />{' '}
                <label htmlFor={`${id}-${value}`}>
                  {audienceLabels[value]![language]} ({reached(value)})
                </label>
              </div>
            ))}
            {errors.audience && (
              <p id={`${id}-audience-error`} style={{ color: 'var(--theme-error-500)' }}>
                {errors.audience}
              </p>
            )}
          </fieldset>
          <MessageFields language={language} subject={subject} body={body} onSubject={setSubject} onBody={setBody} errors={errors} bodyHint={t.hints.body} disabled={work !== 'idle'} />
          {problem && <p role="alert" style={{ color: 'var(--theme-error-500)' }}>{problem}</p>}
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 'calc(var(--base) / 2)', alignItems: 'center' }}>
            <button type="button" className="btn btn--style-secondary btn--size-small" disabled={work !== 'idle'} onClick={() => void preview()}>
              {work === 'previewing' ? t.session.previewing : t.session.preview}
            </button>
            <button
              type="button"
              className="btn btn--style-primary btn--size-small"
              disabled={work !== 'idle' || !current || current.recipients === 0}
              aria-describedby={`${id}-send-hint`}
              onClick={() => void send()}
            >
              {work === 'sending' ? t.session.sending : t.session.send}
            </button>
            <span id={`${id}-send-hint`}>{current ? (current.recipients === 0 ? t.session.nobody : t.session.count(current.recipients)) : t.session.previewFirst}</span>
          </div>
          {current?.preview && <EmailPreviewPanel language={language} preview={current.preview} />}
        </div>
      )}
    </div>
  )
}
