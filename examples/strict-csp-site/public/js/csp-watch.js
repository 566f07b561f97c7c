// Shows on the page every Content-Security-Policy violation, so anyone (or a test) can see the
// widgets needed nothing the policy forbids. Loaded before the widgets so it sees them all.
const status = document.getElementById('csp-status')
const list = document.getElementById('csp-violations')
let count = 0

document.addEventListener('securitypolicyviolation', (event) => {
  count += 1
  status.dataset.violations = String(count)
  status.textContent = count === 1 ? '1 brudd registrert:' : `${count} brudd registrert:`
  const item = document.createElement('li')
  item.textContent = `${event.effectiveDirective} blokkerte ${event.blockedURI || 'innebygd kode'} (${event.sourceFile || 'ukjent fil'})`
  list.append(item)
})
