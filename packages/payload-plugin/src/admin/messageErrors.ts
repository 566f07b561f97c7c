import type { MessageFieldErrors } from './MessageFields.js'

/** Payload's error shape as the message endpoints answer it: a message, and per field its path and sentence. */
interface RefusalBody {
  errors?: { message?: string; data?: { errors?: { path?: string; message?: string }[] } }[]
}

/** A refusal read for a form: the sentence for the whole, and each field's own under its name (`field` maps paths). */
export async function readRefusal(response: Response, field: (path: string) => string | null): Promise<{ message: string; fields: Record<string, string> }> {
  const body = (await response.json().catch(() => null)) as RefusalBody | null
  const first = body?.errors?.[0]
  const fields: Record<string, string> = {}
  for (const error of first?.data?.errors ?? []) {
    const name = error.path ? field(error.path) : null
    if (name && error.message) fields[name] ??= error.message
  }
  return { message: first?.message ?? `(${response.status})`, fields }
}

export const messageFieldErrorsOf = (fields: Record<string, string>): MessageFieldErrors => ({ subject: fields.subject, body: fields.body })
