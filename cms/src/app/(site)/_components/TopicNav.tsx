import type { TopicRef } from '@kurskatalog/contract'
import Link from 'next/link'

/** Topics as plain links: filtering needs no JavaScript, and each topic has an address to share. */
export function TopicNav({ topics, current }: { topics: TopicRef[]; current: string | undefined }) {
  const link = (href: string, label: string, active: boolean) => (
    <li key={href}>
      <Link href={href} aria-current={active ? 'page' : undefined}>
        {label}
      </Link>
    </li>
  )
  return (
    <nav className="topics" aria-labelledby="temaer">
      <h2 id="temaer">Tema</h2>
      <ul>
        {link('/kurs', 'Alle temaer', !current)}
        {topics.map((topic) => link(`/kurs?topic=${encodeURIComponent(topic.slug)}`, topic.title, topic.slug === current))}
      </ul>
    </nav>
  )
}
