import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'
import { inWriteTurn } from './sqliteWriteTurns.js'

/**
 * Runs `work` in a transaction of its own (when the database has them) with a request made for it:
 * every Local API call given that `req` commits or rolls back together. On SQLite one at a time per
 * process (see `inWriteTurn`): keep `work` short, and let it make no autocommit writes of its own.
 */
export function inTransaction<T>(payload: Payload, work: (req: PayloadRequest) => Promise<T>): Promise<T> {
  return payload.db.name === 'sqlite' ? inWriteTurn(payload, () => transaction(payload, work)) : transaction(payload, work)
}

async function transaction<T>(payload: Payload, work: (req: PayloadRequest) => Promise<T>): Promise<T> {
  const req = await createLocalReq({}, payload)
  const began = await initTransaction(req)
  try {
    const result = await work(req)
    if (began) await commitTransaction(req)
    return result
  } catch (error) {
    if (began) await killTransaction(req)
    throw error
  }
}
