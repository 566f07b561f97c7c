/** How the report writes its numbers: one place, so the goals table and the tables under it agree. */
export const mib = (bytes: number) => bytes / 1024 ** 2
export const fixed = (value: number, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : '–')
// Small ratios keep two significant digits: 0.0081× is not 0.01×.
export const times = (value: number) => (!Number.isFinite(value) ? '–' : `${value >= 1 ? value.toFixed(2) : value.toPrecision(2)}×`)
export const perSecond = (value: number) => fixed(value, value < 100 ? 1 : 0)
