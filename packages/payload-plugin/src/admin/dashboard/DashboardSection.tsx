import type { ReactNode } from 'react'

export interface DashboardSectionProps {
  /** The heading's id, which names the section. */
  id: string
  heading: string
  /** Shown in place of the contents when there is nothing to show: what that means. */
  empty: string
  isEmpty: boolean
  children: ReactNode
}

/** One part of the dashboard: a named region with its heading, and a sentence of its own when it is empty. */
export function DashboardSection({ id, heading, empty, isEmpty, children }: DashboardSectionProps) {
  return (
    <section aria-labelledby={id} data-dashboard-section={id} style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <h2 id={id} style={{ marginBottom: 'calc(var(--base) / 2)' }}>
        {heading}
      </h2>
      {isEmpty ? <p data-empty="">{empty}</p> : children}
    </section>
  )
}
