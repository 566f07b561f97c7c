import type { CSSProperties } from 'react'

/** Numbers line up on the right, so columns of them read at a glance. */
export const numberCell: CSSProperties = { textAlign: 'right', fontVariantNumeric: 'tabular-nums' }

export const tableCaption: CSSProperties = { textAlign: 'left', captionSide: 'top', marginBottom: 'calc(var(--base) / 4)' }
