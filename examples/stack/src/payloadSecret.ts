import { randomBytes } from 'node:crypto'
import { appendFile, readFile } from 'node:fs/promises'
import path from 'node:path'

const secretLine = /^\s*PAYLOAD_SECRET\s*=\s*["']?([^"'\s]+)["']?\s*$/m

/**
 * The CMS's PAYLOAD_SECRET: from the environment if set, else from `cms/.env.local` (which Next
 * reads too, and git ignores), else a new random one written there once, so logins survive restarts.
 */
export async function ensurePayloadSecret(cmsDir: string, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  if (env.PAYLOAD_SECRET) return env.PAYLOAD_SECRET
  const file = path.join(cmsDir, '.env.local')
  const existing = await readFile(file, 'utf8').catch(() => '')
  const found = secretLine.exec(existing)?.[1]
  if (found) return found
  const secret = randomBytes(32).toString('base64url')
  const separator = existing && !existing.endsWith('\n') ? '\n' : ''
  await appendFile(file, `${separator}# Made by \`pnpm start\`; keep it out of git.\nPAYLOAD_SECRET=${secret}\n`, { mode: 0o600 })
  return secret
}
