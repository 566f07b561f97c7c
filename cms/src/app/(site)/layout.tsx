import type { Metadata, Viewport } from 'next'
import Link from 'next/link'
import type React from 'react'
import { SiteFooter } from './_components/SiteFooter.js'
import { catalog, catalogueDescription } from './_lib/catalog.js'
import './site.css'

// A dark blue square with a "K", inline so the pages load nothing from anywhere else.
const icon = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="#2a2859"/><path d="M10 7h4v8l7-8h5l-8 9 8 9h-5l-7-8v8h-4z" fill="#b3f5ff"/></svg>',
)}`

/** The pages' title template and icon, and a description naming the owner from the settings. */
export async function generateMetadata(): Promise<Metadata> {
  const owner = await (await catalog()).issuer()
  return {
    title: { template: '%s – Kurskatalogen', default: 'Kurskatalogen' },
    icons: { icon },
    description: catalogueDescription(owner.name),
  }
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
        <SiteFooter />
      </body>
    </html>
  )
}
