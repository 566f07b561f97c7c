'use client'
import { editorMessageLimits } from '@kurskatalog/contract'
import { useId } from 'react'
import { messageTexts, type MessageLanguage } from '../messages/texts.js'

export type MessageFieldErrors = Partial<Record<'subject' | 'body', string>>

export interface MessageFieldsProps {
  language: MessageLanguage
  subject: string
  body: string
  onSubject: (value: string) => void
  onBody: (value: string) => void
  errors: MessageFieldErrors
  /** The hint under the text: what is added around it (a cancel link, or not). */
  bodyHint: string
  disabled?: boolean
}

const inputStyle = { width: '100%', padding: '0.5rem', font: 'inherit' } as const
const errorStyle = { color: 'var(--theme-error-500)', margin: '0.25rem 0 0' } as const

/**
 * The subject and text of an editor's message, as both forms (a session's, a service request's) show them: each
 * with its label, its limits as a hint, and its error tied to it (`aria-describedby`, `aria-invalid`).
 */
export function MessageFields({ language, subject, body, onSubject, onBody, errors, bodyHint, disabled = false }: MessageFieldsProps) {
  const t = messageTexts[language]
  const id = useId()
  const described = (field: 'subject' | 'body') => [`${id}-${field}-hint`, errors[field] ? `${id}-${field}-error` : ''].filter(Boolean).join(' ')
  return (
    <>
      <div style={{ marginBottom: 'var(--base)' }}>
        <label htmlFor={`${id}-subject`} style={{ display: 'block', fontWeight: 600 }}>
          {t.fields.subject}
        </label>
        <input
          id={`${id}-subject`}
          type="text"
          value={subject}
          disabled={disabled}
          aria-invalid={errors.subject ? true : undefined}
          aria-describedby={described('subject')}
          onChange={(event) => onSubject(event.target.value)}
          // Enter in the subject would submit the document's form around this block (save it), not this message.
          onKeyDown={(event) => {
            if (event.key === 'Enter') event.preventDefault()
          }}
          style={inputStyle}
        />
        <p id={`${id}-subject-hint`} style={{ margin: '0.25rem 0 0' }}>
          {t.hints.subject} ({subject.length}/{editorMessageLimits.subject})
        </p>
        {errors.subject && (
          <p id={`${id}-subject-error`} style={errorStyle}>
            {errors.subject}
          </p>
        )}
      </div>
      <div style={{ marginBottom: 'var(--base)' }}>
        <label htmlFor={`${id}-body`} style={{ display: 'block', fontWeight: 600 }}>
          {t.fields.body}
        </label>
        <textarea
          id={`${id}-body`}
          value={body}
          rows={10}
          disabled={disabled}
          aria-invalid={errors.body ? true : undefined}
          aria-describedby={described('body')}
          onChange={(event) => onBody(event.target.value)}
          style={inputStyle}
        />
        <p id={`${id}-body-hint`} style={{ margin: '0.25rem 0 0' }}>
          {bodyHint} ({body.length}/{editorMessageLimits.body})
        </p>
        {errors.body && (
          <p id={`${id}-body-error`} style={errorStyle}>
            {errors.body}
          </p>
        )}
      </div>
    </>
  )
}
