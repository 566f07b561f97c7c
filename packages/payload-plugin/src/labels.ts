import type { PayloadRequest } from 'payload'

/** An admin label in bokmål with English beside it (Payload has no nynorsk admin translation). */
export const label = (nb: string, en: string): Record<string, string> => ({ nb, en })

/** A message for the admin user's language: English when they chose it, else bokmål. */
export const inAdminLanguage = (req: Pick<PayloadRequest, 'i18n'>, nb: string, en: string): string => (req.i18n?.language === 'en' ? en : nb)

export const catalogGroup = label('Kurskatalog', 'Catalogue')
export const peopleGroup = label('Påmeldinger og bestillinger', 'Sign-ups and orders')
export const registerGroup = label('Register', 'Registers')
