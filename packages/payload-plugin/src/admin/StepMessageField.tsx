'use client'
import { replySteps, type ReplyStep } from '@kurskatalog/contract'
import { useConfig, useDocumentInfo, useField, useFormFields, useTranslation } from '@payloadcms/ui'
import { useEffect, useId, useState } from 'react'
import { serviceRequestStatusLabels } from '../collections/ServiceRequests/statusLabels.js'
import type { EmailPreview } from '../messages/emailPreview.js'
import { replyFields } from '../messages/stepMessageAsked.js'
import { messageTexts } from '../messages/texts.js'
import { EmailPreviewPanel } from './EmailPreviewPanel.js'
import { MessageFields } from './MessageFields.js'
import { messageFieldErrorsOf, readRefusal } from './messageErrors.js'

export interface StepMessageFieldProps {
  /** The service requests collection's slug, whose endpoints give the draft and the preview. */
  serviceRequestsSlug: string
}

const isStep = (value: unknown): value is ReplyStep => (replySteps as readonly unknown[]).includes(value)
const languageOf = (value: unknown): 'nb' | 'nn' | 'en' => (value === 'nn' || value === 'en' ? value : 'nb')

/**
 * The message to the requester in a service request's edit view, offered once the editor moves the request to a new
 * step: a text for that step in the request's language, to edit, preview and send with the save (*Send melding*).
 * It fills the request's virtual fields `replySend`, `replySubject` and `replyBody`, which the save reads.
 */
export function StepMessageField({ serviceRequestsSlug }: StepMessageFieldProps) {
  const { config } = useConfig()
  const { id, savedDocumentData } = useDocumentInfo()
  const { i18n } = useTranslation()
  const language = i18n.language === 'en' ? 'en' : 'nb'
  const t = messageTexts[language]
  const headingId = useId()
  const checkId = useId()
  const status = useFormFields(([fields]) => fields.status?.value)
  const requestLanguage = languageOf(useFormFields(([fields]) => fields.locale?.value))
  const send = useField<boolean | null | undefined>({ path: replyFields.send })
  const subject = useField<string | null | undefined>({ path: replyFields.subject })
  const body = useField<string | null | undefined>({ path: replyFields.body })
  const [loading, setLoading] = useState(false)
  const [problem, setProblem] = useState('')
  const [preview, setPreview] = useState<EmailPreview | null>(null)
  const [previewing, setPreviewing] = useState(false)
  const base = `${config.serverURL}${config.routes.api}/${serviceRequestsSlug}/${id}`
  const saved = savedDocumentData?.status
  const step = id !== undefined && id !== null && status !== saved && isStep(status) ? status : null
  const { setValue: setSend } = send
  const { setValue: setSubject } = subject
  const { setValue: setBody } = body

  // A new step brings its own text; back to the saved step, nothing is sent.
  useEffect(() => {
    setPreview(null)
    setProblem('')
    if (!step) {
      setSend(false, true)
      return
    }
    const controller = new AbortController()
    setLoading(true)
    fetch(`${base}/step-message?status=${step}`, { credentials: 'include', signal: controller.signal })
      .then(async (response) => {
        if (!response.ok) return setProblem((await readRefusal(response, () => null)).message)
        const answer = (await response.json()) as { draft: { subject: string; body: string } }
        setSubject(answer.draft.subject)
        setBody(answer.draft.body)
      })
      .catch(() => {
        if (!controller.signal.aborted) setProblem(t.offline)
      })
      .finally(() => setLoading(false))
    return () => controller.abort()
  }, [base, step, setSend, setSubject, setBody, t])

  if (!step) return null
  const errors = {
    subject: subject.showError ? subject.errorMessage : undefined,
    body: body.showError ? body.errorMessage : undefined,
  }

  const showPreview = async () => {
    setPreviewing(true)
    setProblem('')
    try {
      const response = await fetch(`${base}/step-message/preview`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ subject: subject.value ?? '', body: body.value ?? '' }),
      })
      if (!response.ok) {
        const refusal = await readRefusal(response, (path) => path)
        const fields = messageFieldErrorsOf(refusal.fields)
        setProblem([refusal.message, fields.subject, fields.body].filter(Boolean).join(' '))
        return
      }
      setPreview(((await response.json()) as { preview: EmailPreview }).preview)
    } catch {
      setProblem(t.offline)
    } finally {
      setPreviewing(false)
    }
  }

  return (
    <section aria-labelledby={headingId} style={{ margin: '0 0 calc(var(--base) * 1.5)', padding: 'var(--base)', border: '1px solid var(--theme-elevation-150)', maxWidth: '48rem' }}>
      <h2 id={headingId} style={{ marginTop: 0 }}>
        {t.request.heading}
      </h2>
      <p>{t.request.intro(serviceRequestStatusLabels[step]![language]!, t.languages[requestLanguage])}</p>
      <div role="status" aria-live="polite">
        {loading && <p>{t.request.loading}</p>}
      </div>
      <div style={{ marginBottom: 'var(--base)' }}>
        <input
          type="checkbox"
          id={checkId}
          checked={send.value === true}
          aria-invalid={send.showError ? true : undefined}
          aria-describedby={send.showError ? `${checkId}-error` : undefined}
          onChange={(event) => setSend(event.target.checked)}
        />{' '}
        <label htmlFor={checkId} style={{ fontWeight: 600 }}>
          {t.request.send}
        </label>
        {send.showError && (
          <p id={`${checkId}-error`} style={{ color: 'var(--theme-error-500)' }}>
            {send.errorMessage}
          </p>
        )}
      </div>
      <MessageFields
        language={language}
        subject={subject.value ?? ''}
        body={body.value ?? ''}
        onSubject={(value) => setSubject(value)}
        onBody={(value) => setBody(value)}
        errors={errors}
        bodyHint={t.hints.replyBody}
      />
      {problem && <p role="alert" style={{ color: 'var(--theme-error-500)' }}>{problem}</p>}
      <button type="button" className="btn btn--style-secondary btn--size-small" disabled={previewing} onClick={() => void showPreview()}>
        {previewing ? t.request.previewing : t.request.preview}
      </button>
      {preview && <EmailPreviewPanel language={language} preview={preview} />}
    </section>
  )
}
