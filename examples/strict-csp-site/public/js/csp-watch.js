// Shows on the page every Content-Security-Policy violation, so anyone (or a test) can see the
// widgets needed nothing the policy forbids. A classic script in <head>: it runs before the body is
// parsed, so it also sees violations of the page's own markup.
const violations = []

function show() {
  const status = document.getElementById('csp-status')
  const list = document.getElementById('csp-violations')
  if (!status || !list) return
  status.dataset.violations = String(violations.length)
  if (violations.length === 0) return
  status.textContent = violations.length === 1 ? '1 brudd registrert:' : `${violations.length} brudd registrert:`
  list.replaceChildren(
    ...violations.map((event) => {
      const item = document.createElement('li')
      item.textContent = `${event.effectiveDirective} blokkerte ${event.blockedURI || 'innebygd kode'} (${event.sourceFile || 'ukjent fil'})`
      return item
    }),
  )
}

document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(event)
  show()
})
document.addEventListener('DOMContentLoaded', show)
