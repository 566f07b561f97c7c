const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Text as HTML text or attribute value: everything a person typed goes through this. */
export const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (char) => entities[char]!)

/** Only http(s) links become links; anything else (javascript:, data:) is shown as text. */
export const isWebLink = (value: string): boolean => /^https?:\/\/\S+$/i.test(value)
