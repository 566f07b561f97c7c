import type { PayloadRequest } from 'payload'

/** Every option's default, in one place; each option's `@default` in types.ts says the same. */
export const defaults = {
  isEditor: (req: PayloadRequest): boolean => Boolean(req.user),
  disabled: false,
  rateLimit: { max: 30, maxPerOrigin: 600, windowSeconds: 60 },
  trustedProxies: 0,
  maxBodyBytes: 16 * 1024,
  jobsQueue: 'kurskatalog',
  seatReconciliation: { cron: '0 */10 * * * *', quietSeconds: 600 },
  retentionDays: 365,
  retentionCron: '0 30 3 * * *',
  outbox: { attempts: 6, retryDelaySeconds: 30, claimTimeoutSeconds: 300, sweepCron: '0 * * * * *' },
  reminders: { daysBefore: 2, cron: '0 */5 * * * *' },
  clock: (): Date => new Date(),
  issuerSettings: { slug: 'issuer-settings', logoCollection: 'media' },
  approval: { holdWorkingDays: 5, expiryCron: '0 * * * * *' },
  attendance: { cron: '0 */10 * * * *', waitDays: 7 },
  brochure: { rendersPerMinute: 10, waitSeconds: 25, seatRefreshSeconds: 300, keep: 24, refreshCron: '30 * * * * *', partBytes: 4 * 1024 * 1024 },
} as const
