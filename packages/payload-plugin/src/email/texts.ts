import type { Locale, ReplyStep } from '@kurskatalog/contract'

/** Every sentence the catalogue's emails say, in bokmål, nynorsk and English. */
export interface EmailTexts {
  greeting: (name: string) => string
  footer: string
  when: string
  where: string
  online: string
  meeting: (index: number) => string
  cancelLead: string
  cancelLabel: string
  /** The waiting-list notice's own link: leave the list (the cancel link is for a place with a seat). */
  leaveLead: string
  leaveLabel: string
  calendarNote: string
  confirmed: { subject: (title: string) => string; body: string }
  pending: { subject: (title: string) => string; body: string }
  waitlisted: { subject: (title: string) => string; body: (place: number) => string }
  promoted: { subject: (title: string) => string; body: string; pendingBody: string }
  cancelled: { subject: (title: string) => string; body: string }
  leftWaitlist: { subject: (title: string) => string; body: string }
  sessionCancelled: { subject: (title: string) => string; body: string }
  /** The course certificate (kursbevis): the email it comes with, and the PDF's own words. */
  certificate: {
    subject: (title: string) => string
    body: (title: string) => string
    /** What to do with it. */
    keep: string
    hoursLabel: string
    document: {
      title: string
      /** Before the participant's name. */
      certifies: string
      /** Between the name and the title. */
      completed: (kind: 'course' | 'programme') => string
      dates: (count: number) => string
      /** Many gatherings: the first and the last day, and how many. */
      dateSpan: (first: string, last: string, count: number) => string
      agency: string
      issuedBy: string
      organisationNumber: (number: string) => string
      issuedOn: (day: string) => string
    }
    /** "14 timer", "7,5 timer", "1 time": the number already written the language's way. */
    hours: (formatted: string, hours: number) => string
  }
  /** To the leader, who has no name in the catalogue. */
  leaderGreeting: string
  approvalRequest: {
    subject: (person: string, title: string) => string
    body: (person: string, email: string, agency: string, title: string) => string
    deadline: (when: string) => string
    lead: string
    approve: string
    decline: string
  }
  approved: { subject: (title: string) => string; body: string }
  leaderCopy: { subject: (title: string) => string; body: (person: string) => string }
  declined: { subject: (title: string) => string; body: string }
  approvalExpired: { subject: (title: string) => string; body: string }
  reminder: {
    subject: (title: string, day: string) => string
    /** A course's first meeting. */
    courseBody: string
    /** One gathering of a programme. */
    gatheringBody: (index: number, of: number) => string
    /** When the meeting's time changed after an earlier reminder. */
    moved: string
    inPerson: string
    online: string
    /** A programme's cancel link gives up every gathering, not just this one. */
    programmeCancelLead: string
    /** The start of a copy sent to someone else (the participant's leader), naming the participant. */
    copyOf: (name: string) => string
  }
  serviceRequest: {
    subject: (service: string) => string
    body: string
    wishedDates: string
    groupSize: string
    description: string
  }
  /** An editor's own message: the line that says what it concerns (a course's session, an ordered service). */
  editorMessage: { about: string }
  /** The text an editor's message to a requester starts from, for the step their request moves to; the editor edits it before it goes. */
  serviceRequestReply: Record<ReplyStep, { subject: (service: string) => string; body: (service: string) => string }>
}

export const emailTexts: Record<Locale, EmailTexts> = {
  nb: {
    greeting: (name) => `Hei ${name},`,
    footer: 'Denne e-posten er sendt fra kurskatalogen til Utviklings- og kompetanseetaten (UKE), Oslo kommune. Du kan ikke svare på den.',
    when: 'Når',
    where: 'Hvor',
    online: 'Digitalt møte',
    meeting: (index) => `Samling ${index}`,
    cancelLead: 'Kan du ikke komme? Meld deg av, så får noen andre plassen:',
    cancelLabel: 'Meld meg av',
    leaveLead: 'Trenger du ikke plassen likevel? Forlat ventelisten, så slipper du flere e-poster om kurset:',
    leaveLabel: 'Forlat ventelisten',
    calendarNote: 'Vi har lagt ved en kalenderfil du kan åpne for å legge kurset inn i kalenderen din.',
    confirmed: { subject: (title) => `Påmeldingen er bekreftet: ${title}`, body: 'Du har fått plass. Velkommen!' },
    pending: {
      subject: (title) => `Vi har mottatt påmeldingen din: ${title}`,
      body: 'Vi holder av en plass til deg. Påmeldingen må godkjennes før plassen er endelig, og du får beskjed når det er gjort.',
    },
    waitlisted: {
      subject: (title) => `Du står på venteliste: ${title}`,
      body: (place) => `Kurset er fullt, så du står på ventelisten som nummer ${place}. Får du plass, sender vi deg en ny e-post.`,
    },
    promoted: {
      subject: (title) => `Du har fått plass: ${title}`,
      body: 'En plass ble ledig, og den er din. Du er flyttet fra ventelisten og er nå påmeldt.',
      pendingBody: 'En plass ble ledig, og vi holder den av til deg. Påmeldingen må godkjennes før plassen er endelig.',
    },
    cancelled: { subject: (title) => `Du er meldt av: ${title}`, body: 'Vi har meldt deg av. Takk for at du sa fra, så noen andre kan få plassen.' },
    leftWaitlist: {
      subject: (title) => `Du har forlatt ventelisten: ${title}`,
      body: 'Du står ikke lenger på ventelisten, og du får ingen flere e-poster om denne gjennomføringen. Vil du likevel være med, kan du melde deg på igjen i kurskatalogen.',
    },
    sessionCancelled: {
      subject: (title) => `Avlyst: ${title}`,
      body: 'Vi må dessverre avlyse denne gjennomføringen. Påmeldingen din er derfor slettet. Se kurskatalogen for nye datoer.',
    },
    certificate: {
      subject: (title) => `Kursbevis: ${title}`,
      body: (title) => `Gratulerer! Du har fullført «${title}». Kursbeviset ditt ligger ved som PDF.`,
      keep: 'Ta vare på kursbeviset, og del det gjerne med lederen din, så det kommer med i oversikten over kompetansen din.',
      hoursLabel: 'Omfang',
      document: {
        title: 'Kursbevis',
        certifies: 'Dette bekrefter at',
        completed: (kind) => (kind === 'programme' ? 'har fullført programmet' : 'har fullført kurset'),
        dates: (count) => (count === 1 ? 'Dato' : 'Datoer'),
        dateSpan: (first, last, count) => `${first} – ${last} (${count} samlinger)`,
        agency: 'Virksomhet',
        issuedBy: 'Utstedt av',
        organisationNumber: (number) => `Org.nr. ${number}`,
        issuedOn: (day) => `Utstedt ${day}`,
      },
      hours: (formatted, hours) => `${formatted} ${hours === 1 ? 'time' : 'timer'}`,
    },
    leaderGreeting: 'Hei,',
    approvalRequest: {
      subject: (person, title) => `Godkjenn påmeldingen: ${person}, ${title}`,
      body: (person, email, agency, title) => `${person} (${email}, ${agency}) har meldt seg på «${title}» og oppgitt deg som leder. Kurset krever at lederen godkjenner påmeldingen.`,
      deadline: (when) => `Vi holder av plassen til ${when}. Svarer du ikke innen da, går plassen til noen andre.`,
      lead: 'Velg ett av svarene. Du får bekrefte valget før det gjelder:',
      approve: 'Godkjenn',
      decline: 'Avslå',
    },
    approved: { subject: (title) => `Påmeldingen er godkjent: ${title}`, body: 'Lederen din har godkjent påmeldingen, og plassen er din. Velkommen!' },
    leaderCopy: {
      subject: (title) => `Kopi: Påmeldingen er godkjent: ${title}`,
      body: (person) => `Du har godkjent påmeldingen til ${person}. Dette er en kopi av bekreftelsen vi har sendt.`,
    },
    declined: {
      subject: (title) => `Påmeldingen ble ikke godkjent: ${title}`,
      body: 'Lederen din har avslått påmeldingen, så plassen er gitt videre. Snakk med lederen din hvis du har spørsmål.',
    },
    approvalExpired: {
      subject: (title) => `Påmeldingen ble ikke godkjent i tide: ${title}`,
      body: 'Lederen din svarte ikke innen fristen, så plassen er gitt videre. Er det fortsatt ledige plasser, kan du melde deg på igjen.',
    },
    reminder: {
      subject: (title, day) => `Påminnelse: ${title}, ${day}`,
      courseBody: 'Vi minner om at du er påmeldt, og at kurset begynner snart. Her er tid og sted.',
      gatheringBody: (index, of) => `Vi minner om samling ${index} av ${of} i programmet du er med i. Her er tid og sted.`,
      moved: 'Merk: tidspunktet er endret siden vi sist skrev til deg. Tiden nedenfor er den som gjelder.',
      inPerson: 'Kom gjerne noen minutter før start, så vi kan begynne presis.',
      online: 'Bruk lenken til det digitale møtet når det er tid. Test gjerne lyd og bilde på forhånd.',
      programmeCancelLead: 'Kan du ikke være med videre i programmet? Meld deg av, så får noen andre plassen (det gjelder alle samlingene):',
      copyOf: (name) => `Du får denne kopien av påminnelsen til ${name} fordi du er oppgitt som leder.`,
    },
    serviceRequest: {
      subject: (service) => `Vi har mottatt bestillingen din: ${service}`,
      body: 'Takk for bestillingen. Vi tar kontakt med deg for å avtale det videre.',
      wishedDates: 'Ønsket tidspunkt',
      groupSize: 'Antall deltakere',
      description: 'Behov',
    },
    editorMessage: { about: 'Gjelder' },
    serviceRequestReply: {
      'in-dialogue': {
        subject: (service) => `Om bestillingen din: ${service}`,
        body: (service) =>
          `Takk for bestillingen av «${service}». Vi ser på den nå og vil gjerne avtale detaljene med deg: tidspunkt, sted og hva dere ønsker å få ut av det. Vi tar kontakt snart.`,
      },
      confirmed: {
        subject: (service) => `Bestillingen er bekreftet: ${service}`,
        body: (service) => `Vi bekrefter bestillingen av «${service}», og gleder oss til å jobbe med dere. Dato og sted er som avtalt. Gi oss beskjed hvis noe endrer seg.`,
      },
      declined: {
        subject: (service) => `Vi kan dessverre ikke ta bestillingen: ${service}`,
        body: (service) => `Takk for bestillingen av «${service}». Vi har dessverre ikke mulighet til å gjennomføre den denne gangen. Se gjerne kurskatalogen for andre tilbud.`,
      },
      delivered: {
        subject: (service) => `Takk for samarbeidet: ${service}`,
        body: (service) => `Takk for at vi fikk gjennomføre «${service}» sammen med dere. Vi håper det var nyttig, og hører gjerne hvordan det går videre.`,
      },
    },
  },
  nn: {
    greeting: (name) => `Hei ${name},`,
    footer: 'Denne e-posten er send frå kurskatalogen til Utviklings- og kompetanseetaten (UKE), Oslo kommune. Du kan ikkje svare på han.',
    when: 'Når',
    where: 'Kvar',
    online: 'Digitalt møte',
    meeting: (index) => `Samling ${index}`,
    cancelLead: 'Kan du ikkje kome? Meld deg av, så får nokon andre plassen:',
    cancelLabel: 'Meld meg av',
    leaveLead: 'Treng du ikkje plassen likevel? Forlat ventelista, så slepp du fleire e-postar om kurset:',
    leaveLabel: 'Forlat ventelista',
    calendarNote: 'Vi har lagt ved ei kalenderfil du kan opne for å leggje kurset inn i kalenderen din.',
    confirmed: { subject: (title) => `Påmeldinga er stadfesta: ${title}`, body: 'Du har fått plass. Velkomen!' },
    pending: {
      subject: (title) => `Vi har fått påmeldinga di: ${title}`,
      body: 'Vi held av ein plass til deg. Påmeldinga må godkjennast før plassen er endeleg, og du får melding når det er gjort.',
    },
    waitlisted: {
      subject: (title) => `Du står på venteliste: ${title}`,
      body: (place) => `Kurset er fullt, så du står på ventelista som nummer ${place}. Får du plass, sender vi deg ein ny e-post.`,
    },
    promoted: {
      subject: (title) => `Du har fått plass: ${title}`,
      body: 'Ein plass vart ledig, og han er din. Du er flytta frå ventelista og er no påmeld.',
      pendingBody: 'Ein plass vart ledig, og vi held han av til deg. Påmeldinga må godkjennast før plassen er endeleg.',
    },
    cancelled: { subject: (title) => `Du er meld av: ${title}`, body: 'Vi har meldt deg av. Takk for at du sa frå, så nokon andre kan få plassen.' },
    leftWaitlist: {
      subject: (title) => `Du har forlate ventelista: ${title}`,
      body: 'Du står ikkje lenger på ventelista, og du får ingen fleire e-postar om denne gjennomføringa. Vil du likevel vere med, kan du melde deg på igjen i kurskatalogen.',
    },
    sessionCancelled: {
      subject: (title) => `Avlyst: ${title}`,
      body: 'Vi må dessverre avlyse denne gjennomføringa. Påmeldinga di er difor sletta. Sjå kurskatalogen for nye datoar.',
    },
    certificate: {
      subject: (title) => `Kursbevis: ${title}`,
      body: (title) => `Gratulerer! Du har fullført «${title}». Kursbeviset ditt ligg ved som PDF.`,
      keep: 'Ta vare på kursbeviset, og del det gjerne med leiaren din, så det kjem med i oversikta over kompetansen din.',
      hoursLabel: 'Omfang',
      document: {
        title: 'Kursbevis',
        certifies: 'Dette stadfestar at',
        completed: (kind) => (kind === 'programme' ? 'har fullført programmet' : 'har fullført kurset'),
        dates: (count) => (count === 1 ? 'Dato' : 'Datoar'),
        dateSpan: (first, last, count) => `${first} – ${last} (${count} samlingar)`,
        agency: 'Verksemd',
        issuedBy: 'Utferda av',
        organisationNumber: (number) => `Org.nr. ${number}`,
        issuedOn: (day) => `Utferda ${day}`,
      },
      hours: (formatted, hours) => `${formatted} ${hours === 1 ? 'time' : 'timar'}`,
    },
    leaderGreeting: 'Hei,',
    approvalRequest: {
      subject: (person, title) => `Godkjenn påmeldinga: ${person}, ${title}`,
      body: (person, email, agency, title) => `${person} (${email}, ${agency}) har meldt seg på «${title}» og oppgitt deg som leiar. Kurset krev at leiaren godkjenner påmeldinga.`,
      deadline: (when) => `Vi held av plassen til ${when}. Svarer du ikkje innan då, går plassen til nokon andre.`,
      lead: 'Vel eitt av svara. Du får stadfeste valet før det gjeld:',
      approve: 'Godkjenn',
      decline: 'Avslå',
    },
    approved: { subject: (title) => `Påmeldinga er godkjend: ${title}`, body: 'Leiaren din har godkjent påmeldinga, og plassen er din. Velkomen!' },
    leaderCopy: {
      subject: (title) => `Kopi: Påmeldinga er godkjend: ${title}`,
      body: (person) => `Du har godkjent påmeldinga til ${person}. Dette er ein kopi av stadfestinga vi har sendt.`,
    },
    declined: {
      subject: (title) => `Påmeldinga vart ikkje godkjend: ${title}`,
      body: 'Leiaren din har avslått påmeldinga, så plassen er gitt vidare. Snakk med leiaren din om du har spørsmål.',
    },
    approvalExpired: {
      subject: (title) => `Påmeldinga vart ikkje godkjend i tide: ${title}`,
      body: 'Leiaren din svarte ikkje innan fristen, så plassen er gitt vidare. Er det framleis ledige plassar, kan du melde deg på igjen.',
    },
    reminder: {
      subject: (title, day) => `Påminning: ${title}, ${day}`,
      courseBody: 'Vi minner om at du er påmeld, og at kurset byrjar snart. Her er tid og stad.',
      gatheringBody: (index, of) => `Vi minner om samling ${index} av ${of} i programmet du er med i. Her er tid og stad.`,
      moved: 'Merk: tidspunktet er endra sidan vi sist skreiv til deg. Tida nedanfor er den som gjeld.',
      inPerson: 'Kom gjerne nokre minutt før start, så vi kan byrje presist.',
      online: 'Bruk lenkja til det digitale møtet når det er tid. Test gjerne lyd og bilete på førehand.',
      programmeCancelLead: 'Kan du ikkje vere med vidare i programmet? Meld deg av, så får nokon andre plassen (det gjeld alle samlingane):',
      copyOf: (name) => `Du får denne kopien av påminninga til ${name} fordi du er oppgitt som leiar.`,
    },
    serviceRequest: {
      subject: (service) => `Vi har fått bestillinga di: ${service}`,
      body: 'Takk for bestillinga. Vi tek kontakt med deg for å avtale det vidare.',
      wishedDates: 'Ønskt tidspunkt',
      groupSize: 'Tal på deltakarar',
      description: 'Behov',
    },
    editorMessage: { about: 'Gjeld' },
    serviceRequestReply: {
      'in-dialogue': {
        subject: (service) => `Om bestillinga di: ${service}`,
        body: (service) =>
          `Takk for bestillinga av «${service}». Vi ser på ho no og vil gjerne avtale detaljane med deg: tidspunkt, stad og kva de ønskjer å få ut av det. Vi tek kontakt snart.`,
      },
      confirmed: {
        subject: (service) => `Bestillinga er stadfesta: ${service}`,
        body: (service) => `Vi stadfestar bestillinga av «${service}», og gler oss til å arbeide med dykk. Dato og stad er som avtalt. Gi oss beskjed om noko endrar seg.`,
      },
      declined: {
        subject: (service) => `Vi kan dessverre ikkje ta bestillinga: ${service}`,
        body: (service) => `Takk for bestillinga av «${service}». Vi har dessverre ikkje høve til å gjennomføre ho denne gongen. Sjå gjerne kurskatalogen for andre tilbod.`,
      },
      delivered: {
        subject: (service) => `Takk for samarbeidet: ${service}`,
        body: (service) => `Takk for at vi fekk gjennomføre «${service}» saman med dykk. Vi håpar det var nyttig, og høyrer gjerne korleis det går vidare.`,
      },
    },
  },
  en: {
    greeting: (name) => `Hello ${name},`,
    footer: 'This email was sent by the course catalogue of the Agency for Improvement and Development (UKE), City of Oslo. Replies are not read.',
    when: 'When',
    where: 'Where',
    online: 'Online meeting',
    meeting: (index) => `Meeting ${index}`,
    cancelLead: "Can't make it? Cancel, so someone else can have the seat:",
    cancelLabel: 'Cancel my place',
    leaveLead: 'No longer need a place? Leave the waiting list, and you will get no more emails about the course:',
    leaveLabel: 'Leave the waiting list',
    calendarNote: 'A calendar file is attached; open it to add the course to your calendar.',
    confirmed: { subject: (title) => `Your place is confirmed: ${title}`, body: 'You have a place. Welcome!' },
    pending: {
      subject: (title) => `We have received your sign-up: ${title}`,
      body: 'We are holding a place for you. Your sign-up must be approved before the place is final; we will let you know.',
    },
    waitlisted: {
      subject: (title) => `You are on the waiting list: ${title}`,
      body: (place) => `The course is full, so you are number ${place} on the waiting list. If a place opens up, we will email you.`,
    },
    promoted: {
      subject: (title) => `You have a place: ${title}`,
      body: 'A place opened up and it is yours. You have been moved from the waiting list and are now signed up.',
      pendingBody: 'A place opened up and we are holding it for you. Your sign-up must be approved before the place is final.',
    },
    cancelled: { subject: (title) => `You have cancelled: ${title}`, body: 'Your place is cancelled. Thank you for letting us know, so someone else can have it.' },
    leftWaitlist: {
      subject: (title) => `You have left the waiting list: ${title}`,
      body: 'You are no longer on the waiting list, and you will get no more emails about this session. If you still want to take part, you can sign up again in the course catalogue.',
    },
    sessionCancelled: {
      subject: (title) => `Cancelled: ${title}`,
      body: 'Unfortunately we have to cancel this session, so your registration is void. See the course catalogue for new dates.',
    },
    certificate: {
      subject: (title) => `Course certificate: ${title}`,
      body: (title) => `Congratulations! You have completed “${title}”. Your certificate is attached as a PDF.`,
      keep: 'Please keep the certificate, and share it with your leader, so it is included in the record of your skills.',
      hoursLabel: 'Hours',
      document: {
        title: 'Course certificate',
        certifies: 'This is to certify that',
        completed: (kind) => (kind === 'programme' ? 'has completed the programme' : 'has completed the course'),
        dates: (count) => (count === 1 ? 'Date' : 'Dates'),
        dateSpan: (first, last, count) => `${first} – ${last} (${count} meetings)`,
        agency: 'Agency',
        issuedBy: 'Issued by',
        organisationNumber: (number) => `Org. no. ${number}`,
        issuedOn: (day) => `Issued ${day}`,
      },
      hours: (formatted, hours) => `${formatted} ${hours === 1 ? 'hour' : 'hours'}`,
    },
    leaderGreeting: 'Hello,',
    approvalRequest: {
      subject: (person, title) => `Please approve a sign-up: ${person}, ${title}`,
      body: (person, email, agency, title) => `${person} (${email}, ${agency}) has signed up for “${title}” and named you as their leader. This course needs the leader's approval.`,
      deadline: (when) => `We are holding the place until ${when}. If you have not answered by then, it goes to someone else.`,
      lead: 'Choose one of the answers. You will confirm your choice before it counts:',
      approve: 'Approve',
      decline: 'Decline',
    },
    approved: { subject: (title) => `Your sign-up is approved: ${title}`, body: 'Your leader has approved your sign-up, and the place is yours. Welcome!' },
    leaderCopy: {
      subject: (title) => `Copy: The sign-up is approved: ${title}`,
      body: (person) => `You approved the sign-up of ${person}. This is a copy of the confirmation we sent.`,
    },
    declined: {
      subject: (title) => `Your sign-up was not approved: ${title}`,
      body: 'Your leader has declined your sign-up, so the place has gone to someone else. Talk to your leader if you have questions.',
    },
    approvalExpired: {
      subject: (title) => `Your sign-up was not approved in time: ${title}`,
      body: 'Your leader did not answer in time, so the place has gone to someone else. If there are still seats, you can sign up again.',
    },
    reminder: {
      subject: (title, day) => `Reminder: ${title}, ${day}`,
      courseBody: 'A reminder that you are signed up and the course starts soon. Here are the time and place.',
      gatheringBody: (index, of) => `A reminder of meeting ${index} of ${of} in the programme you are taking part in. Here are the time and place.`,
      moved: 'Please note: the time has changed since we last wrote to you. The time below is the one that holds.',
      inPerson: 'Please arrive a few minutes early, so we can start on time.',
      online: 'Use the online meeting link when it is time. It helps to test your sound and camera beforehand.',
      programmeCancelLead: "Can't continue in the programme? Cancel, so someone else can have the place (this cancels every meeting):",
      copyOf: (name) => `You are receiving this copy of the reminder to ${name} because you are named as their leader.`,
    },
    serviceRequest: {
      subject: (service) => `We have received your request: ${service}`,
      body: 'Thank you for your request. We will contact you to agree on the next steps.',
      wishedDates: 'Wished dates',
      groupSize: 'Group size',
      description: 'What you need',
    },
    editorMessage: { about: 'About' },
    serviceRequestReply: {
      'in-dialogue': {
        subject: (service) => `About your request: ${service}`,
        body: (service) =>
          `Thank you for ordering “${service}”. We are looking at it now and would like to agree the details with you: the time, the place and what you want to get out of it. We will be in touch soon.`,
      },
      confirmed: {
        subject: (service) => `Your request is confirmed: ${service}`,
        body: (service) => `We confirm your order of “${service}”, and look forward to working with you. The date and place are as agreed. Let us know if anything changes.`,
      },
      declined: {
        subject: (service) => `We cannot take on your request: ${service}`,
        body: (service) => `Thank you for ordering “${service}”. Unfortunately we are not able to deliver it this time. Do look at the catalogue for other offers.`,
      },
      delivered: {
        subject: (service) => `Thank you for working with us: ${service}`,
        body: (service) => `Thank you for letting us deliver “${service}” with you. We hope it was useful, and would like to hear how things go from here.`,
      },
    },
  },
}
