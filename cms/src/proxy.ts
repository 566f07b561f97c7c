import { NextResponse, type NextRequest } from 'next/server'

const languageCookie = 'payload-lng'

/**
 * The admin speaks bokmål unless the editor picked another language in their account:
 * Payload would otherwise follow the browser's Accept-Language, and many work PCs are set to English.
 */
export function proxy(request: NextRequest): NextResponse {
  if (request.cookies.has(languageCookie)) return NextResponse.next()
  const headers = new Headers(request.headers)
  const cookie = headers.get('cookie')
  headers.set('cookie', cookie ? `${cookie}; ${languageCookie}=nb` : `${languageCookie}=nb`)
  const response = NextResponse.next({ request: { headers } })
  response.cookies.set(languageCookie, 'nb', { path: '/', sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 })
  return response
}

export const config = { matcher: ['/admin/:path*', '/admin'] }
