import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'

/**
 * Runs `work` in a transaction of its own (when the database has them) with a request made for it:
 * every Local API call given that `req` commits or rolls back together. On SQLite one transaction at a
 * time per process (see `takeTurnsForTransactions`): keep `work` short, with no autocommit writes of its own.
 */
export async function inTransaction<T>(payload: Payload, work: (req: PayloadRequest) => Promise<T>): Promise<T> {
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
