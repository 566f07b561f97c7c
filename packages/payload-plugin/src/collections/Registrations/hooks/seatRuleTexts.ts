/** Why an editor's change to a registration was refused, in the admin's languages. */
export const seatRuleTexts = {
  nb: {
    sessionFull: 'Gjennomføringen er full. Sett status til «Venteliste», eller øk antall plasser på gjennomføringen – da flyttes ventelisten opp av seg selv.',
    alreadyRegistered: 'Denne e-postadressen er allerede meldt på denne gjennomføringen.',
    reopenCancelled: 'En avmeldt påmelding kan ikke åpnes igjen. Meld personen på på nytt.',
    backToWaitlist: 'En påmelding med plass kan ikke flyttes tilbake til ventelisten. Meld personen av i stedet.',
    moveSession: 'En påmelding kan ikke flyttes til en annen gjennomføring. Meld personen av her og på den andre.',
    unknownSession: 'Velg en gjennomføring som finnes.',
  },
  en: {
    sessionFull: 'The session is full. Set the status to "Waiting list", or raise the session\'s seats – the waiting list then moves up by itself.',
    alreadyRegistered: 'This email address is already signed up for this session.',
    reopenCancelled: 'A cancelled registration cannot be reopened. Sign the person up again.',
    backToWaitlist: 'A registration with a seat cannot go back to the waiting list. Cancel it instead.',
    moveSession: 'A registration cannot be moved to another session. Cancel it here and sign the person up for the other one.',
    unknownSession: 'Choose a session that exists.',
  },
} as const

export type SeatRule = keyof (typeof seatRuleTexts)['nb']
