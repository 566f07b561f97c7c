import type { JobsConfig } from 'payload'
import type { CatalogContext } from '../types.js'
import { anonymiseTask } from './anonymiseTask.js'
import { expireApprovalsTask } from './expireApprovalsTask.js'
import { issueCertificateTask } from './issueCertificateTask.js'
import { reconcileSeatsTask } from './reconcileSeatsTask.js'
import { refreshBrochureTask } from './refreshBrochureTask.js'
import { remindersTask } from './remindersTask.js'
import { renderBrochureTask } from './renderBrochureTask.js'
import { sendEmailTask } from './sendEmailTask.js'
import { settleAttendanceTask } from './settleAttendanceTask.js'
import { sweepOutboxTask } from './sweepOutboxTask.js'

/** The background work the plugin puts on Payload's jobs queue. */
export function catalogTasks(context: CatalogContext): NonNullable<JobsConfig['tasks']> {
  return [
    sendEmailTask(context),
    sweepOutboxTask(context),
    ...(context.seatReconciliation ? [reconcileSeatsTask(context, context.seatReconciliation)] : []),
    // Defined even when retention is off, so turning it off or on never changes the jobs queue's schema.
    anonymiseTask(context),
    expireApprovalsTask(context),
    // Defined even when reminders are off, for the same reason.
    remindersTask(context),
    settleAttendanceTask(context),
    issueCertificateTask(context),
    renderBrochureTask(context),
    refreshBrochureTask(context),
  ]
}
