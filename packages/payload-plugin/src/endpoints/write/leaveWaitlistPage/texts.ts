import type { Locale } from '@kurskatalog/contract'

export interface LeaveWaitlistPageTexts {
  title: string
  question: (offering: string, when: string) => string
  confirm: string
  doneTitle: string
  done: (offering: string) => string
  /** For a place that had ended before: the link opened again, or its form posted again. */
  alreadyDone: (offering: string) => string
  /** For a person moved up from the list before the click: they hold a seat, which the cancel page gives up. */
  promotedTitle: string
  promoted: (offering: string) => string
  cancelInstead: string
  problemTitle: string
}

/** The leave-the-waiting-list page's words; error sentences come from the contract's error messages. */
export const leaveWaitlistPageTexts: Record<Locale, LeaveWaitlistPageTexts> = {
  nb: {
    title: 'Forlat ventelisten',
    question: (offering, when) => `Vil du forlate ventelisten til «${offering}», ${when}?`,
    confirm: 'Ja, ta meg av ventelisten',
    doneTitle: 'Du har forlatt ventelisten',
    done: (offering) => `Du står ikke lenger på ventelisten til «${offering}». Vi har sendt deg en bekreftelse på e-post.`,
    alreadyDone: (offering) => `Du står ikke lenger på ventelisten til «${offering}». Du trenger ikke gjøre noe mer.`,
    promotedTitle: 'Du har fått plass',
    promoted: (offering) =>
      `Du har fått plass på «${offering}» og står ikke lenger på ventelisten. Kan du ikke komme, meld deg av, så får noen andre plassen.`,
    cancelInstead: 'Meld meg av',
    problemTitle: 'Det gikk ikke å forlate ventelisten',
  },
  nn: {
    title: 'Forlat ventelista',
    question: (offering, when) => `Vil du forlate ventelista til «${offering}», ${when}?`,
    confirm: 'Ja, ta meg av ventelista',
    doneTitle: 'Du har forlate ventelista',
    done: (offering) => `Du står ikkje lenger på ventelista til «${offering}». Vi har sendt deg ei stadfesting på e-post.`,
    alreadyDone: (offering) => `Du står ikkje lenger på ventelista til «${offering}». Du treng ikkje gjere noko meir.`,
    promotedTitle: 'Du har fått plass',
    promoted: (offering) =>
      `Du har fått plass på «${offering}» og står ikkje lenger på ventelista. Kan du ikkje kome, meld deg av, så får nokon andre plassen.`,
    cancelInstead: 'Meld meg av',
    problemTitle: 'Det gjekk ikkje å forlate ventelista',
  },
  en: {
    title: 'Leave the waiting list',
    question: (offering, when) => `Do you want to leave the waiting list for “${offering}”, ${when}?`,
    confirm: 'Yes, take me off the waiting list',
    doneTitle: 'You have left the waiting list',
    done: (offering) => `You are no longer on the waiting list for “${offering}”. We have sent you a confirmation by email.`,
    alreadyDone: (offering) => `You are no longer on the waiting list for “${offering}”. There is nothing more you need to do.`,
    promotedTitle: 'You have a place',
    promoted: (offering) =>
      `You have been given a place on “${offering}” and are no longer on the waiting list. If you cannot come, cancel your place so someone else can have it.`,
    cancelInstead: 'Cancel my place',
    problemTitle: 'Leaving the waiting list did not go through',
  },
}
