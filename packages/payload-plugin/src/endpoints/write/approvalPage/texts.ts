import type { ApprovalDecision, Locale } from '@kurskatalog/contract'

export interface ApprovalPageTexts {
  title: Record<ApprovalDecision, string>
  question: Record<ApprovalDecision, (person: string, offering: string, when: string) => string>
  confirm: Record<ApprovalDecision, string>
  doneTitle: Record<ApprovalDecision, string>
  done: Record<ApprovalDecision, (person: string, offering: string) => string>
  problemTitle: string
}

/** The leader's confirm page's words, in the participant's language; error sentences come from the contract's error messages. */
export const approvalPageTexts: Record<Locale, ApprovalPageTexts> = {
  nb: {
    title: { approve: 'Godkjenn påmeldingen', decline: 'Avslå påmeldingen' },
    question: {
      approve: (person, offering, when) => `Vil du godkjenne at ${person} får plass på «${offering}», ${when}?`,
      decline: (person, offering, when) => `Vil du avslå påmeldingen til ${person} på «${offering}», ${when}? Plassen går da til noen andre.`,
    },
    confirm: { approve: 'Ja, godkjenn', decline: 'Ja, avslå' },
    doneTitle: { approve: 'Påmeldingen er godkjent', decline: 'Påmeldingen er avslått' },
    done: {
      approve: (person, offering) => `${person} har fått plass på «${offering}». Vi har sendt bekreftelsen til deltakeren og en kopi til deg.`,
      decline: (person, offering) => `Påmeldingen til ${person} på «${offering}» er avslått, og vi har sagt fra til deltakeren.`,
    },
    problemTitle: 'Svaret ble ikke registrert',
  },
  nn: {
    title: { approve: 'Godkjenn påmeldinga', decline: 'Avslå påmeldinga' },
    question: {
      approve: (person, offering, when) => `Vil du godkjenne at ${person} får plass på «${offering}», ${when}?`,
      decline: (person, offering, when) => `Vil du avslå påmeldinga til ${person} på «${offering}», ${when}? Plassen går då til nokon andre.`,
    },
    confirm: { approve: 'Ja, godkjenn', decline: 'Ja, avslå' },
    doneTitle: { approve: 'Påmeldinga er godkjend', decline: 'Påmeldinga er avslått' },
    done: {
      approve: (person, offering) => `${person} har fått plass på «${offering}». Vi har sendt stadfestinga til deltakaren og ein kopi til deg.`,
      decline: (person, offering) => `Påmeldinga til ${person} på «${offering}» er avslått, og vi har sagt frå til deltakaren.`,
    },
    problemTitle: 'Svaret vart ikkje registrert',
  },
  en: {
    title: { approve: 'Approve the sign-up', decline: 'Decline the sign-up' },
    question: {
      approve: (person, offering, when) => `Do you approve a place for ${person} on “${offering}”, ${when}?`,
      decline: (person, offering, when) => `Do you want to decline the sign-up of ${person} for “${offering}”, ${when}? The place then goes to someone else.`,
    },
    confirm: { approve: 'Yes, approve', decline: 'Yes, decline' },
    doneTitle: { approve: 'The sign-up is approved', decline: 'The sign-up is declined' },
    done: {
      approve: (person, offering) => `${person} has a place on “${offering}”. We have sent the confirmation to them and a copy to you.`,
      decline: (person, offering) => `The sign-up of ${person} for “${offering}” is declined, and we have told them.`,
    },
    problemTitle: 'Your answer was not recorded',
  },
}
