// What a spreadsheet takes as the start of a formula (OWASP, "CSV Injection"), tab and carriage return included.
const formulaStart = /^[=+\-@\t\r]/

/** A text cell a spreadsheet shows as text: one that would start a formula gets a leading `'`. */
export const spreadsheetText = (text: string): string => (formulaStart.test(text) ? `'${text}` : text)
