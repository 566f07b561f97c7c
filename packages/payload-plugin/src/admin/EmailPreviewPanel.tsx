'use client'
import { useId } from 'react'
import type { EmailPreview } from '../messages/emailPreview.js'
import { messageTexts, type MessageLanguage } from '../messages/texts.js'

export interface EmailPreviewPanelProps {
  language: MessageLanguage
  preview: EmailPreview
}

/**
 * The email as its recipient gets it: address, subject, and the HTML the outbox will store, shown in a sandboxed
 * frame (no scripts, no links followed; the text in it is escaped anyway).
 */
export function EmailPreviewPanel({ language, preview }: EmailPreviewPanelProps) {
  const t = messageTexts[language]
  const headingId = useId()
  return (
    <section aria-labelledby={headingId} style={{ margin: 'var(--base) 0', padding: 'var(--base)', border: '1px solid var(--theme-elevation-150)' }}>
      <h3 id={headingId} style={{ margin: '0 0 calc(var(--base) / 2)' }}>
        {t.previewHeading}
      </h3>
      <dl style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '0.25rem var(--base)', margin: '0 0 var(--base)' }}>
        <dt>{t.previewTo}</dt>
        <dd style={{ margin: 0 }}>{preview.to}</dd>
        <dt>{t.previewSubject}</dt>
        <dd style={{ margin: 0 }}>{preview.subject}</dd>
      </dl>
      <iframe title={t.previewFrame} sandbox="" srcDoc={preview.html} style={{ width: '100%', height: '28rem', border: '1px solid var(--theme-elevation-100)', background: '#ffffff' }} />
    </section>
  )
}
