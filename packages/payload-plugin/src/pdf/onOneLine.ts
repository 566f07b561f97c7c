/** A name or agency on one line of a printed page: line breaks and tabs typed into it become spaces. */
export const onOneLine = (text: string): string => text.replace(/\s+/g, ' ').trim()
