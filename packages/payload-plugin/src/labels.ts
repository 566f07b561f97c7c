/** An admin label in bokmål with English beside it (Payload has no nynorsk admin translation). */
export const label = (nb: string, en: string): Record<string, string> => ({ nb, en })

export const catalogGroup = label('Kurskatalog', 'Catalogue')
export const peopleGroup = label('Påmeldinger og bestillinger', 'Sign-ups and orders')
export const registerGroup = label('Register', 'Registers')
