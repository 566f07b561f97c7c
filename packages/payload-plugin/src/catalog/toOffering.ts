import type {
  FacilitatorSummary,
  OfferingDetail,
  OfferingKind,
  OfferingSummary,
  SessionSummary,
  SignupQuestion,
  TopicRef,
} from '@kurskatalog/contract'
import { nextSessionsPerOffering } from '@kurskatalog/contract'
import { idKey, refId, type FacilitatorDoc, type OfferingDoc, type QuestionRow, type TopicDoc } from './docs.js'
import { toRichTextBlocks } from './richText.js'

export type TopicsById = ReadonlyMap<string, TopicDoc>
export type FacilitatorsById = ReadonlyMap<string, FacilitatorDoc>

function lookup<T extends { id: number | string }>(refs: readonly unknown[] | null | undefined, byId: ReadonlyMap<string, T>): T[] {
  const found: T[] = []
  for (const ref of refs ?? []) {
    if (typeof ref === 'object' && ref !== null && 'id' in ref) found.push(ref as T)
    else {
      const id = refId(ref as number | string | null | undefined)
      const doc = id === null ? undefined : byId.get(idKey(id))
      if (doc) found.push(doc)
    }
  }
  return found
}

export const toTopicRef = (topic: TopicDoc): TopicRef => ({ slug: topic.slug ?? idKey(topic.id), title: topic.title })

/** A course's own sign-up questions; the array row id is the question id answers are keyed by. */
export function toSignupQuestions(rows: readonly QuestionRow[] | null | undefined): SignupQuestion[] {
  return (rows ?? [])
    .filter((row): row is QuestionRow & { id: string } => typeof row.id === 'string' && row.id !== '')
    .map((row) => ({
      id: row.id,
      label: row.label,
      type: row.type,
      required: Boolean(row.required),
      options: row.type === 'choice' ? (row.options ?? []).map((option) => option.value) : [],
    }))
}

/** One item of the offer listing. */
export function toOfferingSummary(
  doc: OfferingDoc,
  kind: OfferingKind,
  topics: TopicsById,
  nextSessions: SessionSummary[],
): OfferingSummary {
  const free = doc.price?.free ?? true
  return {
    kind,
    slug: doc.slug ?? idKey(doc.id),
    title: doc.title,
    summary: doc.summary ?? '',
    audience: doc.audience ?? 'all',
    format: doc.format ?? 'in-person',
    topics: lookup(doc.topics, topics).map(toTopicRef),
    duration: doc.duration || null,
    price: { free, amountNok: free ? null : (doc.price?.amountNok ?? null) },
    // Programmes are by application unless the editor says otherwise; courses never are.
    byApplication: kind === 'programme' ? doc.byApplication !== false : false,
    nextSessions,
    updatedAt: new Date(doc.updatedAt).toISOString(),
  }
}

/** One offering with everything its page and sign-up form need. Facilitators: name and title only. */
export function toOfferingDetail(
  doc: OfferingDoc,
  kind: OfferingKind,
  topics: TopicsById,
  facilitators: FacilitatorsById,
  sessions: SessionSummary[],
): OfferingDetail {
  return {
    ...toOfferingSummary(doc, kind, topics, sessions.slice(0, nextSessionsPerOffering)),
    description: toRichTextBlocks(doc.description),
    learningOutcomes: (doc.learningOutcomes ?? []).map((row) => row.text).filter((text) => text.trim() !== ''),
    facilitators: lookup(doc.facilitators, facilitators).map(
      (facilitator): FacilitatorSummary => ({ name: facilitator.name, title: facilitator.title || null }),
    ),
    questions: toSignupQuestions(doc.questions),
    managerApproval: Boolean(doc.managerApproval),
    sessions,
  }
}
