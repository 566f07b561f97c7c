import type { RelationshipFieldSingleValidation } from 'payload'

/** The session must point at an offering of the kind the editor chose. */
export const requireOfferingOfKind =
  (kind: 'course' | 'programme'): RelationshipFieldSingleValidation =>
  (value, { siblingData }) => {
    const chosen = (siblingData as { kind?: string } | undefined)?.kind ?? 'course'
    if (chosen !== kind || value) return true
    return kind === 'course' ? 'Velg kurset gjennomføringen gjelder.' : 'Velg programmet kullet gjelder.'
  }
