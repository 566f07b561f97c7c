import type { Locale } from '@kurskatalog/contract'

export interface CancelPageTexts {
  title: string
  question: (offering: string, when: string) => string
  confirm: string
  doneTitle: string
  done: (offering: string) => string
  problemTitle: string
}

/** The cancel page's words; error sentences come from the contract's error messages. */
export const cancelPageTexts: Record<Locale, CancelPageTexts> = {
  nb: {
    title: 'Meld deg av',
    question: (offering, when) => `Vil du melde deg av «${offering}», ${when}?`,
    confirm: 'Ja, meld meg av',
    doneTitle: 'Du er meldt av',
    done: (offering) => `Du er meldt av «${offering}». Vi har sendt deg en bekreftelse på e-post.`,
    problemTitle: 'Avmeldingen gikk ikke',
  },
  nn: {
    title: 'Meld deg av',
    question: (offering, when) => `Vil du melde deg av «${offering}», ${when}?`,
    confirm: 'Ja, meld meg av',
    doneTitle: 'Du er meld av',
    done: (offering) => `Du er meld av «${offering}». Vi har sendt deg ei stadfesting på e-post.`,
    problemTitle: 'Avmeldinga gjekk ikkje',
  },
  en: {
    title: 'Cancel your place',
    question: (offering, when) => `Do you want to cancel your place on “${offering}”, ${when}?`,
    confirm: 'Yes, cancel my place',
    doneTitle: 'Your place is cancelled',
    done: (offering) => `You are no longer signed up for “${offering}”. We have sent you a confirmation by email.`,
    problemTitle: 'The cancellation did not go through',
  },
}
