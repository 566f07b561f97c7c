// What the text tables and the code that reads them share; it imports nothing, so no import runs in a circle.

/** The name of each text table; every other language's file is keyed by them. */
export type TextId = 'common' | 'courseList' | 'course' | 'form'

/**
 * The texts, in one typed table per language. Bokmål is complete and defines the types; its tables live
 * next to the components that show them, so a page downloads only the texts it uses. Nynorsk and English
 * (src/locales/) are loaded when a page asks for them; nynorsk lists only what differs from bokmål and
 * falls back to it, English must be complete (the type says so).
 * A text that names a number is a `CountedText` from the contract, read with its `counted`.
 */
export interface TextTable<T extends object> {
  id: TextId
  nb: T
}
