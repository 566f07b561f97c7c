import type { CollectionConfig, CollectionSlug, PayloadRequest } from 'payload'

/** The collections the plugin adds, by role. The values are the default slugs. */
export const catalogCollections = [
  'courses',
  'programmes',
  'services',
  'sessions',
  'registrations',
  'service-requests',
  'facilitators',
  'locations',
  'topics',
  'agencies',
  'session-seats',
  'rate-limits',
  'queued-emails',
  'catalog-versions',
  'reminders',
  'editor-messages',
  'attendance',
  'brochures',
  'brochure-parts',
] as const
export type CatalogCollection = (typeof catalogCollections)[number]

/**
 * Each slug typed as its default name, so the Local API types each call by that collection in a host with generated
 * types. A host that renames a collection gets the new name at run time; only the static types keep the default.
 */
export type CatalogSlugs = { [K in CatalogCollection]: K }

export type CollectionOverride = (collection: CollectionConfig) => CollectionConfig

export interface KurskatalogOptions {
  /**
   * Rename any collection, e.g. `{ courses: 'kurs' }`.
   * @default each collection's name in `catalogCollections`
   */
  slugs?: Partial<Record<CatalogCollection, string>>
  /** Change any collection's config after the plugin built it (add fields, hooks, admin options). */
  overrides?: Partial<Record<CatalogCollection, CollectionOverride>>
  /**
   * Who may see personal data and drafts.
   * @default any logged-in user: `(req) => Boolean(req.user)`
   */
  isEditor?: (req: PayloadRequest) => boolean
  /**
   * Public base URL of the CMS, used for links in emails and embed snippets.
   * @default the Payload config's `serverURL`, else the request's own origin
   */
  publicUrl?: string
  /**
   * Sender shown in emails, e.g. "UKE Kurskatalog <kurs@uke.oslo.kommune.no>".
   * @default the sender the host's email adapter is configured with
   */
  emailFrom?: string
  /**
   * Keeps the collections, so the database schema and its migrations stay as they are, but hides them
   * in the admin, adds no endpoints (no public API under /api/catalog/v1) and runs none of the
   * collections' hooks (no seat keeping, no emails). Payload's own REST and GraphQL routes for the
   * collections stay, under the same access rules. The plugin's jobs stay defined (the jobs queue's
   * schema with them) but do nothing when they run.
   * @default false
   */
  disabled?: boolean
  /**
   * How many writes (sign-ups, cancellations, service requests) one client may send per route and window.
   * Counted in the database, so the limit holds across app instances. `false` turns it off; a partial
   * object changes only the values it gives.
   * @default { max: 30, maxPerOrigin: 600, windowSeconds: 60 }
   */
  rateLimit?: false | Partial<RateLimitOptions>
  /**
   * How many reverse proxies stand in front of the app. With 1 or more, the client address is read from
   * `X-Forwarded-For` (the entry that many hops from the right); with 0 that header is ignored,
   * since any client can write it, and clients are told apart by their `Origin` instead.
   * @default 0
   */
  trustedProxies?: number
  /**
   * Largest request body a write endpoint reads, in bytes.
   * @default 16384 (16 KiB)
   */
  maxBodyBytes?: number
  /**
   * The queue of Payload's jobs system that the plugin's background work goes on. The host app runs
   * it, e.g. `jobs: { autoRun: [{ cron: '*\/10 * * * * *', queue: 'kurskatalog' }] }`.
   * @default 'kurskatalog'
   */
  jobsQueue?: string
  /**
   * The recount of each session's seat ledger from its registrations, a scheduled job that gives back
   * a seat a crashed process took for nobody. `false` turns it off.
   * @default { cron: '0 *\/10 * * * *', quietSeconds: 600 }
   */
  seatReconciliation?: false | Partial<SeatReconciliationOptions>
  /**
   * Days after a session ended, or a service request was closed (declined or delivered), before the
   * person's data in it is anonymised by a daily job: name, email, role, answers, tokens and source
   * go; status, agency, attendance and counts stay. `false` keeps personal data until an editor
   * erases it.
   * @default 365
   */
  retentionDays?: false | number
  /**
   * When the daily anonymisation is scheduled (croner syntax, seconds first allowed).
   * @default '0 30 3 * * *' (03:30 every night, server time)
   */
  retentionCron?: string
  /**
   * The outbox: every email is stored in the change's own transaction and sent by a job after the
   * commit, retried with exponential backoff, then left as failed for the editors to see.
   * @default { attempts: 6, retryDelaySeconds: 30, claimTimeoutSeconds: 300, sweepCron: '0 * * * * *' }
   */
  outbox?: Partial<OutboxOptions>
  /**
   * Reminders emailed to each confirmed participant before the first meeting of a course's session and
   * before each gathering of a programme's session, with the time, the place or link, the calendar file
   * and the cancel link. A session's own "days before" overrides `daysBefore` (0 there: none for that
   * session). `false` turns reminders off altogether.
   * @default { daysBefore: 2, cron: '0 *\/5 * * * *' }
   */
  reminders?: false | Partial<ReminderOptions>
  /**
   * The catalogue's clock: what "now" is for sign-up deadlines, upcoming sessions, cancellations,
   * reminders, approval holds and retention. A seam for tests and rehearsals (start a CMS as if it were
   * the day before a clock change); timestamps of the plugin's own bookkeeping (claims, rate windows,
   * ledger rows) always use the real time.
   * @default () => new Date()
   */
  clock?: () => Date
  /**
   * The issuer's facts (*Virksomhetsinnstillinger*): one global with the catalogue owner's name,
   * organisation number, address, contact email, phone and logo, read by the sign-in sheet, certificates,
   * the brochure and the accessibility statement. The logo is an upload in the host's `logoCollection`;
   * `false` leaves the logo out.
   * @default { slug: 'issuer-settings', logoCollection: 'media' }
   */
  issuerSettings?: Partial<IssuerSettingsOptions>
  /**
   * A leader's approval, on courses whose manager must approve each sign-up: how long the seat is held
   * for the leader's answer (Norwegian working days: weekends and public holidays do not count; never
   * past the session's sign-up deadline), and when the job that gives up expired holds runs.
   * @default { holdWorkingDays: 5, expiryCron: '0 * * * * *' }
   */
  approval?: Partial<ApprovalOptions>
  /**
   * Attendance per gathering turned into statuses: once a session's last gathering has ended, a scheduled job
   * sets each confirmed registration to attended (completed by the session's rule) or no-show — at once when
   * attendance was taken at every gathering, else after `waitDays` (an unmarked gathering then counts as not
   * attended); never for a session where nobody was marked.
   * @default { cron: '0 *\/10 * * * *', waitDays: 7 }
   */
  attendance?: Partial<AttendanceOptions>
  /**
   * The printed brochure (`/kurs/brosjyre.pdf`): made by a job on the queue, kept per option set and content
   * stamp in the `brochures` collection, its seats made again at most every `seatRefreshSeconds`, and at
   * most `rendersPerMinute` new renders a minute across instances (beyond that a request for a brochure not
   * made yet is answered 503 with Retry-After). `refreshCron` makes the default brochure after each change.
   * @default { rendersPerMinute: 10, waitSeconds: 25, seatRefreshSeconds: 300, keep: 24, refreshCron: '30 * * * * *', partBytes: 4194304 }
   */
  brochure?: Partial<BrochureCacheOptions>
}

export interface AttendanceOptions {
  /** When the job that turns ended sessions' attendance into statuses runs (croner syntax, seconds first allowed). */
  cron: string
  /** Days after a session's end to wait for the marks of a gathering nobody has been marked at yet. */
  waitDays: number
}

export interface BrochureCacheOptions {
  /** New renders a minute, counted in the database (all instances together). */
  rendersPerMinute: number
  /** How long a request waits for a render it asked for before it is told to come back (503, Retry-After). */
  waitSeconds: number
  /** A brochure older than this whose seats have moved since is made again in the background while it is served. */
  seatRefreshSeconds: number
  /** Made brochures kept, newest first; older ones are deleted. */
  keep: number
  /** When the default brochure (bokmål, the coming half-year) is checked and made for the current content (croner syntax, seconds first allowed). */
  refreshCron: string
  /** Bytes of a made PDF stored in one row of `brochure-parts`: well under MongoDB's 16 MB a document once base64 adds a third. */
  partBytes: number
}

export interface IssuerSettingsOptions {
  /** The global's slug. */
  slug: string
  /** The host's upload collection the logo is chosen from, or `false` for no logo field. */
  logoCollection: string | false
}

export interface ApprovalOptions {
  /** Working days a seat stays `pending-approval` waiting for the leader, counted on Oslo's calendar. */
  holdWorkingDays: number
  /** When expired holds are given up (croner syntax, seconds first allowed). */
  expiryCron: string
}

export interface OutboxOptions {
  /** SMTP attempts per email before it is marked failed. */
  attempts: number
  /** The first retry's delay; each later one waits twice as long as the one before. */
  retryDelaySeconds: number
  /**
   * An email left `sending` this long (its sender died mid-send) may be claimed and sent again: the one
   * way to a second copy, which its stable Message-ID lets mail clients fold into one.
   */
  claimTimeoutSeconds: number
  /**
   * When the sweep looks for emails whose send job died with its process (croner syntax, seconds first
   * allowed); it acts on what has been stuck for longer than `claimTimeoutSeconds`.
   */
  sweepCron: string
}

export interface ReminderOptions {
  /**
   * Days before a meeting its reminder goes out, at the same time of day on Oslo's clocks (0: none unless a
   * session says otherwise). A whole number from 0 to the contract's `reminderLimits.maxDaysBefore`.
   */
  daysBefore: number
  /** When the run that sends the reminders now due is scheduled (croner syntax, seconds first allowed). */
  cron: string
}

export interface SeatReconciliationOptions {
  /** When the recount is scheduled (croner syntax, seconds first allowed). */
  cron: string
  /** A ledger or registration changed less than this many seconds ago may be mid-move and is left for the next run. */
  quietSeconds: number
}

export interface RateLimitOptions {
  /**
   * Requests per window per client address and route (when the address is known, see `trustedProxies`).
   * @default 30
   */
  max: number
  /**
   * Requests per window per sending site and route, when the client address is not known.
   * @default 600
   */
  maxPerOrigin: number
  /**
   * Window length in seconds.
   * @default 60
   */
  windowSeconds: number
}

/** Options with every default filled in; what the collections and endpoints are built from. */
export interface CatalogContext {
  slugs: CatalogSlugs
  isEditor: (req: PayloadRequest) => boolean
  publicUrl: string | undefined
  emailFrom: string | undefined
  disabled: boolean
  rateLimit: RateLimitOptions | false
  trustedProxies: number
  maxBodyBytes: number
  jobsQueue: string
  seatReconciliation: SeatReconciliationOptions | false
  retentionDays: number | false
  retentionCron: string
  outbox: OutboxOptions
  reminders: ReminderOptions | false
  clock: () => Date
  issuerSettings: IssuerSettingsOptions
  approval: ApprovalOptions
  attendance: AttendanceOptions
  brochure: BrochureCacheOptions
}
