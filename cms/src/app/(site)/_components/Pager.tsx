import Link from 'next/link'

/** Previous / next page links that keep the visitor's filters. */
export function Pager({ page, totalPages, params }: { page: number; totalPages: number; params: URLSearchParams }) {
  if (totalPages <= 1) return null
  const href = (target: number) => {
    const next = new URLSearchParams(params)
    if (target === 1) next.delete('page')
    else next.set('page', String(target))
    const search = next.toString()
    return search ? `/kurs?${search}` : '/kurs'
  }
  return (
    <nav className="pager" aria-label="Sider">
      {page > 1 ? <Link href={href(page - 1)} rel="prev">Forrige side</Link> : null}
      <span>
        Side {page} av {totalPages}
      </span>
      {page < totalPages ? <Link href={href(page + 1)} rel="next">Neste side</Link> : null}
    </nav>
  )
}
