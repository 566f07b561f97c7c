import type { TextFieldSingleValidation } from 'payload'

/** Accepts exactly an origin (scheme, host, optional port), the form browsers send in the Origin header. */
export const validateOrigin: TextFieldSingleValidation = (value) => {
  if (typeof value !== 'string' || value.trim() === '') return 'Skriv en opprinnelse, f.eks. https://www.oslo.kommune.no'
  try {
    const url = new URL(value.trim())
    if (!['http:', 'https:'].includes(url.protocol) || url.origin !== value.trim().replace(/\/$/, '')) {
      return 'Bare opprinnelse uten sti, f.eks. https://www.oslo.kommune.no'
    }
    return true
  } catch {
    return 'Ugyldig adresse. Skriv f.eks. https://www.oslo.kommune.no'
  }
}
