/**
 * Kurskatalog widgets: the one script a webmaster loads.
 *
 *   <script type="module" src="https://kurs.example.no/widgets/kurskatalog.js"></script>
 *   <kk-course-list agency="bydel-frogner"></kk-course-list>
 *
 * It registers nothing up front: each kk-* element's code is fetched when one first appears on the page, and
 * the chunk every element imports (Lit's) is asked for at the same moment, not once the element's code has arrived.
 * So is a list's first page of courses: catalogue and code arrive together. Meanwhile the browser loads its date data.
 */
import { askEarly } from './components/course-list/early-listing.js'
import { elementLoaders, loadElement, type ElementName } from './elements.js'
import { warmDateFormats } from './shared/intl-locales.js'

const wanted = new Set(Object.keys(elementLoaders) as ElementName[])

function loadUsedElements(): void {
  for (const name of wanted) {
    if (document.querySelector(name)) {
      wanted.delete(name)
      const early = name === 'kk-course-list' && !customElements.get(name)
      loadElement(name)
      // The chunks are asked for first: the server sends a static file at once, and a listing only once it has built it.
      if (early) document.querySelectorAll(name).forEach(askEarly)
      warmDateFormats()
    }
  }
  if (wanted.size === 0) observer.disconnect()
}

// Pages that add elements later (single-page apps, tabs) get their code when the elements arrive.
const observer = new MutationObserver(loadUsedElements)
observer.observe(document.documentElement, { childList: true, subtree: true })
loadUsedElements()

export type { KkCourseList } from './components/course-list/kk-course-list.js'
export type { KkCourse } from './components/course/kk-course.js'
export type { KkSignupForm } from './components/signup-form/kk-signup-form.js'
export type { KkServiceRequest } from './components/service-request/kk-service-request.js'
export type { CourseOpenDetail, ServiceRequestDetail, SignupDetail } from './shared/events.js'
