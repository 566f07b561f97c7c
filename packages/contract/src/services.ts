import type { RichTextBlock } from './offerings.js'

export interface ServiceSummary {
  slug: string
  title: string
  summary: string
  typicalDuration: string | null
  suitedFor: string | null
  updatedAt: string
}

export interface ServiceDetail extends ServiceSummary {
  description: RichTextBlock[]
  deliverables: string[]
}
