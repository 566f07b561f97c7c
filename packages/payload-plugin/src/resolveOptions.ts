import { reminderDaysField, reminderLimits, runRule } from '@kurskatalog/contract'
import { defaults } from './defaults.js'
import { catalogCollections, type CatalogContext, type CatalogSlugs, type KurskatalogOptions } from './types.js'

/** The options with every default (defaults.ts) filled in. */
export function resolveOptions(options: KurskatalogOptions): CatalogContext {
  const days = options.retentionDays
  if (days !== undefined && days !== false && !(Number.isInteger(days) && days >= 1)) {
    throw new Error(`kurskatalog: retentionDays must be a whole number of days, 1 or more, or false (got ${String(days)})`)
  }
  const holdDays = options.approval?.holdWorkingDays
  if (holdDays !== undefined && !(Number.isInteger(holdDays) && holdDays >= 1)) {
    throw new Error(`kurskatalog: approval.holdWorkingDays must be a whole number of days, 1 or more (got ${String(holdDays)})`)
  }
  const waitDays = options.attendance?.waitDays
  if (waitDays !== undefined && !(Number.isInteger(waitDays) && waitDays >= 0)) {
    throw new Error(`kurskatalog: attendance.waitDays must be a whole number of days, 0 or more (got ${String(waitDays)})`)
  }
  const reminderDays = options.reminders ? options.reminders.daysBefore : undefined
  if (reminderDays !== undefined && (typeof reminderDays !== 'number' || !runRule(reminderDaysField, reminderDays).ok)) {
    throw new Error(`kurskatalog: reminders.daysBefore must be a whole number of days from 0 to ${reminderLimits.maxDaysBefore} (got ${String(reminderDays)})`)
  }
  const slugs = Object.fromEntries(
    catalogCollections.map((name) => [name, options.slugs?.[name] ?? name]),
  ) as CatalogSlugs
  return {
    slugs,
    isEditor: options.isEditor ?? defaults.isEditor,
    publicUrl: options.publicUrl,
    emailFrom: options.emailFrom,
    disabled: options.disabled ?? defaults.disabled,
    rateLimit: options.rateLimit === false ? false : { ...defaults.rateLimit, ...options.rateLimit },
    trustedProxies: options.trustedProxies ?? defaults.trustedProxies,
    maxBodyBytes: options.maxBodyBytes ?? defaults.maxBodyBytes,
    jobsQueue: options.jobsQueue ?? defaults.jobsQueue,
    seatReconciliation: options.seatReconciliation === false ? false : { ...defaults.seatReconciliation, ...options.seatReconciliation },
    retentionDays: options.retentionDays ?? defaults.retentionDays,
    retentionCron: options.retentionCron ?? defaults.retentionCron,
    outbox: { ...defaults.outbox, ...options.outbox },
    reminders: options.reminders === false ? false : { ...defaults.reminders, ...options.reminders },
    clock: options.clock ?? defaults.clock,
    issuerSettings: { ...defaults.issuerSettings, ...options.issuerSettings },
    approval: { ...defaults.approval, ...options.approval },
    attendance: { ...defaults.attendance, ...options.attendance },
    brochure: { ...defaults.brochure, ...options.brochure },
  }
}
