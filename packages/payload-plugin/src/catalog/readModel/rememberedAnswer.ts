import { strongEtag } from '../../http/cachedResponse.js'
import { answersUntil, type CatalogSnapshot, type RememberedAnswer } from './catalogSnapshot.js'

/** How many distinct answers a snapshot keeps; past it the memory starts over. */
const rememberedAnswers = 1000

/**
 * A public answer's text and ETag, made once per snapshot, seat version and span of time in which
 * nothing in it changes by itself (no session starting, ending or closing for sign-up): the same
 * query asked again is a lookup, not a page built, serialised and hashed anew.
 */
export function rememberedAnswer(snapshot: CatalogSnapshot, key: string, now: Date, make: () => string): RememberedAnswer {
  const at = now.getTime()
  const known = snapshot.answers.get(key)
  if (known && known.seatVersion === snapshot.seatVersion && at >= known.from && at < known.until) return known
  const body = make()
  const answer: RememberedAnswer = { body, etag: strongEtag(body), seatVersion: snapshot.seatVersion, from: at, until: answersUntil(snapshot, at) }
  if (snapshot.answers.size >= rememberedAnswers) snapshot.answers.clear()
  snapshot.answers.set(key, answer)
  return answer
}
