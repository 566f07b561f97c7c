import type { Metadata, Viewport } from 'next'
import Link from 'next/link'
import type React from 'react'
import './site.css'

export const metadata: Metadata = {
  title: { template: '%s – Kurskatalogen', default: 'Kurskatalogen' },
  description: 'Kurs, lederutviklingsprogram og prosessveiledning for ansatte og ledere i Oslo kommune.',
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 }

// Every page reads the live catalogue: an editor's change shows on the next request.
export const dynamic = 'force-dynamic'

/** The catalogue's own public pages: their own document, apart from the admin's. */
export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="nb">
      <body>
        <a className="skip-link" href="#innhold">
          Hopp til hovedinnholdet
        </a>
        <header className="site-header">
          <div className="wrap">
            <Link className="site-name" href="/kurs">
              Kurskatalogen
            </Link>
            <nav aria-label="Hovedmeny">
              <ul>
                <li>
                  <Link href="/kurs">Kurs og program</Link>
                </li>
                <li>
                  <Link href="/kurs#tjenester">Prosessveiledning</Link>
                </li>
              </ul>
            </nav>
          </div>
        </header>
        <main id="innhold" className="wrap">
          {children}
        </main>
        <footer className="site-footer">
          <div className="wrap">
            <p>Utviklings- og kompetanseetaten, Oslo kommune.</p>
            <p>
              Redaktør? <a href="/admin">Logg inn i kurskatalogen</a>.
            </p>
          </div>
        </footer>
      </body>
    </html>
  )
}
