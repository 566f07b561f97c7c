const transliterations: Record<string, string> = { æ: 'ae', ø: 'o', å: 'a', ä: 'a', ö: 'o', ü: 'u', é: 'e', è: 'e' }

/** "Tillitsbasert ledelse – høst" → "tillitsbasert-ledelse-host". */
export function toSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[æøåäöüéè]/g, (letter) => transliterations[letter] ?? letter)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
}
