// Injected first into every page served under the test CSP: records each
// violation so the test can count them.
window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`.trim());
});
