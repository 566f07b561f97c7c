// The Brønnøysund Register Centre's check digit: modulus 11 over the first eight digits with these weights.
const weights = [3, 2, 7, 6, 5, 4, 3, 2]

/** A Norwegian organisation number as people write it ("958 935 420"), with its spaces taken out. */
export const compactOrganisationNumber = (value: string): string => value.replace(/\s/g, '')

/** An organisation number as printed ("958 935 420"): in groups of three; anything not nine digits as it is. */
export const spacedOrganisationNumber = (value: string): string => {
  const digits = compactOrganisationNumber(value)
  return /^\d{9}$/.test(digits) ? `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}` : value
}

/** Nine digits whose last is the check digit of the others (a number that fails it was mistyped). */
export function isOrganisationNumber(value: string): boolean {
  const digits = compactOrganisationNumber(value)
  if (!/^\d{9}$/.test(digits)) return false
  const sum = weights.reduce((total, weight, index) => total + weight * Number(digits[index]), 0)
  const check = 11 - (sum % 11)
  if (check === 10) return false
  return (check === 11 ? 0 : check) === Number(digits[8])
}

/** An organisation number as printed for people: "958 935 420" (a value that is not nine digits is left as it is). */
export const formatOrganisationNumber = (value: string): string => {
  const digits = compactOrganisationNumber(value)
  return /^\d{9}$/.test(digits) ? `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}` : value
}
