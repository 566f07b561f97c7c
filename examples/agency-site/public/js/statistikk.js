// The district's own statistics: counts sign-ups and orders from the widgets' events.
// The events carry no personal data, so they may go to an analytics tool as they are.
for (const name of ['kk-course-open', 'kk-signup', 'kk-service-request']) {
  document.addEventListener(name, (event) => console.info(`[statistikk] ${name}`, event.detail))
}
