/** How many upcoming sessions each listing item carries (`OfferingSummary.nextSessions`), and the widgets show. */
export const nextSessionsPerOffering = 3
