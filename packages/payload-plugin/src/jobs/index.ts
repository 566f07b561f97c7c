import type { JobsConfig } from 'payload'
import type { CatalogContext } from '../types.js'
import { reconcileSeatsTask } from './reconcileSeatsTask.js'

/** The background work the plugin puts on Payload's jobs queue. */
export function catalogTasks(context: CatalogContext): NonNullable<JobsConfig['tasks']> {
  return context.seatReconciliation ? [reconcileSeatsTask(context, context.seatReconciliation)] : []
}
