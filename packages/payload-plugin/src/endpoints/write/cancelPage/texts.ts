import type { Locale } from '@kurskatalog/contract'

export interface CancelPageTexts {
  title: string
  question: (offering: string, when: string) => string
  confirm: string
  doneTitle: string
  done: (offering: string) => string
  /** For a place cancelled before: the link opened again, or its form posted again. */
  alreadyDone: (offering: string) => string
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
    alreadyDone: (offering) => `Du har allerede meldt deg av «${offering}». Du trenger ikke gjøre noe mer.`,
    problemTitle: 'Avmeldingen gikk ikke',
  },
  nn: {
    title: 'Meld deg av',
    question: (offering, when) => `Vil du melde deg av «${offering}», ${when}?`,
    confirm: 'Ja, meld meg av',
    doneTitle: 'Du er meld av',
    done: (offering) => `Du er meld av «${offering}». Vi har sendt deg ei stadfesting på e-post.`,
    alreadyDone: (offering) => `Du har allereie meldt deg av «${offering}». Du treng ikkje gjere noko meir.`,
    problemTitle: 'Avmeldinga gjekk ikkje',
  },
  en: {
    title: 'Cancel your place',
    question: (offering, when) => `Do you want to cancel your place on “${offering}”, ${when}?`,
    confirm: 'Yes, cancel my place',
    doneTitle: 'Your place is cancelled',
    done: (offering) => `You are no longer signed up for “${offering}”. We have sent you a confirmation by email.`,
    alreadyDone: (offering) => `You have already cancelled your place on “${offering}”. There is nothing more you need to do.`,
    problemTitle: 'The cancellation did not go through',
  },
}
