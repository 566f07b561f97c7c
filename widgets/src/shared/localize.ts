import { catalogTimeZone, toLocale, type Locale } from '@kurskatalog/contract'
import type { ReactiveController, ReactiveControllerHost } from 'lit'
import { commonTexts, type CommonTexts } from './common.texts.js'
import type { TextTable } from './text-table.js'
import { intlLocales } from './intl-locales.js'
import { localeReady, translate } from './translations.js'


type Host = ReactiveControllerHost & HTMLElement

const hosts = new Set<Host>()
let observer: MutationObserver | undefined

// One observer for the whole page: a host page that switches language re-renders every widget.
function watchPageLanguage(): void {
  if (observer) return
  observer = new MutationObserver(() => hosts.forEach((host) => host.requestUpdate()))
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true })
}

/** The `lang` of the element, else of its closest ancestor (across shadow roots), else of the page. */
export function resolveLocale(element: Element): Locale {
  let node: Element | null = element
  while (node) {
    const withLang: Element | null = node.closest('[lang]')
    const tag = withLang?.getAttribute('lang')
    if (withLang && tag) return toLocale(tag)
    const root = (withLang ?? node).getRootNode()
    node = root instanceof ShadowRoot ? root.host : null
  }
  return toLocale(document.documentElement.lang)
}

const formats = new Map<string, Intl.DateTimeFormat>()

function format(locale: Locale, kind: 'dateTime' | 'date'): Intl.DateTimeFormat {
  const key = `${locale}:${kind}`
  let formatter = formats.get(key)
  if (!formatter) {
    const options: Intl.DateTimeFormatOptions =
      kind === 'date'
        ? { dateStyle: 'long' }
        : { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' }
    formatter = new Intl.DateTimeFormat(intlLocales[locale], { ...options, timeZone: catalogTimeZone })
    formats.set(key, formatter)
  }
  return formatter
}

/** Resolves the language of its host on every render, and formats dates in Oslo time. */
export class LocaleController implements ReactiveController {
  locale: Locale = 'nb'
  /** Texts every element uses, in the current language. */
  t: CommonTexts = commonTexts.nb

  constructor(private readonly host: Host) {
    host.addController(this)
  }

  hostConnected(): void {
    hosts.add(this.host)
    watchPageLanguage()
  }

  hostDisconnected(): void {
    hosts.delete(this.host)
  }

  /**
   * Resolves the host's language before it renders. False while that language's texts are still on their
   * way (the host then waits rather than flash bokmål); it is asked to update again when they arrive.
   */
  ready(): boolean {
    this.locale = resolveLocale(this.host)
    if (!localeReady(this.locale, () => this.host.requestUpdate())) return false
    this.t = translate(commonTexts, this.locale)
    return true
  }

  /** A component's own texts, and the common ones, in the current language. */
  texts<T extends object>(table: TextTable<T>): CommonTexts & T {
    return translate(table, this.locale, this.t)
  }

  /** "tirsdag 3. mars 2026 kl. 09:00–15:00", the end left out of the range when it is the same. */
  range(startsAt: string, endsAt: string): string {
    return format(this.locale, 'dateTime').formatRange(new Date(startsAt), new Date(endsAt))
  }

  dateTime(iso: string): string {
    return format(this.locale, 'dateTime').format(new Date(iso))
  }

  date(iso: string): string {
    return format(this.locale, 'date').format(new Date(iso))
  }

  number(value: number): string {
    return new Intl.NumberFormat(intlLocales[this.locale]).format(value)
  }
}
