import type { CSSProperties } from 'react'

/** Numbers line up on the right, so columns of them read at a glance. */
export const numberCell: CSSProperties = { textAlign: 'right', fontVariantNumeric: 'tabular-nums' }

export const tableCaption: CSSProperties = { textAlign: 'left', captionSide: 'top', marginBottom: 'calc(var(--base) / 4)' }

/**
 * Payload's `.table` greys its column headers (#9a9a9a on white, contrast 2.8:1, below WCAG's 4.5:1, found
 * by axe): the dashboard's headers take the theme's body text colour instead.
 */
export const dashboardTableCss = '.kk-dashboard .table thead th { color: var(--theme-elevation-800); }'
