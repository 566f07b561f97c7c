/** An admin endpoint's refusal in Payload's own error shape, which the admin reads: `{ errors: [{ message }] }`. */
export function adminRefusal(status: number, message: string, data?: unknown): Response {
  const error = data === undefined ? { message } : { message, data }
  return Response.json({ errors: [error] }, { status, headers: { 'Cache-Control': 'no-store' } })
}
