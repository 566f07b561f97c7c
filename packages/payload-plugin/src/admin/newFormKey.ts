/** A fresh idempotency key for one message form: what makes a double click, or a retry after a lost answer, send once. */
export function newFormKey(): string {
  const bytes = new Uint8Array(18)
  crypto.getRandomValues(bytes)
  return `melding-${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`
}
