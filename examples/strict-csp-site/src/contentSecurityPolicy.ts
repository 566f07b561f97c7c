/**
 * The policy the page is served with: scripts only from the site itself and the CMS, no inline
 * script or style, no eval, API calls only to the CMS. The widgets must work under it unchanged.
 */
export function contentSecurityPolicy(cmsUrl: string): string {
  const cms = new URL(cmsUrl).origin
  return [
    "default-src 'self'",
    `script-src 'self' ${cms}`,
    "style-src 'self'",
    `connect-src ${cms}`,
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ')
}
