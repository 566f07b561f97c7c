import Link from 'next/link'
import { catalog } from '../_lib/catalog.js'

/** The name the footer gives while *Virksomhetsinnstillinger* has no owner: the catalogue's own, never another agency's. */
const unnamedOwner = 'Kurskatalogen'

/** Every public page's footer: the owner and how to reach them, from the settings global (as the accessibility statement has them). */
export async function SiteFooter() {
  const owner = await (await catalog()).issuer()
  const postal = [owner.address.postalCode, owner.address.city].filter(Boolean).join(' ')
  const ownerLine = [owner.name ?? unnamedOwner, ...(owner.name ? [owner.address.street, postal] : [])].filter(Boolean).join(', ')
  return (
    <footer className="site-footer">
      <div className="wrap">
        <p>{ownerLine}</p>
        {owner.contactEmail || owner.phone ? (
          <p>
            {owner.contactEmail ? (
              <>
                E-post: <a href={`mailto:${owner.contactEmail}`}>{owner.contactEmail}</a>
              </>
            ) : null}
            {owner.contactEmail && owner.phone ? ' · ' : null}
            {owner.phone ? (
              <>
                Telefon: <a href={`tel:${owner.phone.replace(/\s/g, '')}`}>{owner.phone}</a>
              </>
            ) : null}
          </p>
        ) : null}
        <p>
          <Link href="/tilgjengelighet">Tilgjengelighetserklæring</Link>
        </p>
        <p className="editor-login">
          Redaktør? <a href="/admin">Logg inn i kurskatalogen</a>.
        </p>
      </div>
    </footer>
  )
}
