/**
 * Kurskatalog widgets: the one script a webmaster loads.
 *
 *   <script type="module" src="https://kurs.example.no/widgets/kurskatalog.js"></script>
 *   <kk-course-list agency="bydel-frogner"></kk-course-list>
 *
 * It registers nothing up front: each kk-* element's code is fetched when one first appears on the page, its
 * chunks preloaded side by side, and a list's first page is requested at the same moment, so data and code arrive together.
 */
import { startFirstListing } from './components/course-list/first-listing.js'
import { elementNames, loadElement, preloadChunks, type ElementName } from './elements.js'

const wanted = new Set<ElementName>(elementNames)

function loadUsedElements(): void {
  for (const name of wanted) {
    if (document.querySelector(name)) {
      wanted.delete(name)
      if (customElements.get(name)) continue
      if (name === 'kk-course-list') document.querySelectorAll(name).forEach(startFirstListing)
      preloadChunks(name)
      void loadElement(name)
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
