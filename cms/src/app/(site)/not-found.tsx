import Link from 'next/link'

export default function NotFound() {
  return (
    <>
      <h1>Fant ikke siden</h1>
      <p>
        Kurset eller tjenesten finnes ikke, eller er ikke publisert lenger. Se <Link href="/kurs">hele kurskatalogen</Link>.
      </p>
    </>
  )
}
