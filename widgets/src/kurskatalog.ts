/**
 * Kurskatalog widgets: the one script a webmaster loads.
 *
 *   <script type="module" src="https://kurs.example.no/widgets/kurskatalog.js"></script>
 *   <kk-course-list agency="bydel-frogner"></kk-course-list>
 *
 * It registers nothing up front: each kk-* element's code is fetched when one first appears on the page.
 */
import { elementLoaders, elementNames, loadElement, type ElementName } from './elements.js'

const wanted = new Set<ElementName>(elementNames)

function loadUsedElements(root: ParentNode): void {
  for (const name of wanted) {
    if (root.querySelector(name)) {
      wanted.delete(name)
      void loadElement(name)
    }
  }
  if (wanted.size === 0) observer.disconnect()
}

const isElementName = (name: string): name is ElementName => name in elementLoaders

const observer = new MutationObserver((mutations) => {
  for (const mutation of mutations) {
    for (const node of mutation.addedNodes) {
      if (!(node instanceof Element)) continue
      if (isElementName(node.localName) && wanted.delete(node.localName)) void loadElement(node.localName)
      if (node.firstElementChild) loadUsedElements(node)
    }
  }
  if (wanted.size === 0) observer.disconnect()
})

observer.observe(document.documentElement, { childList: true, subtree: true })
loadUsedElements(document)

export type { KkCourseList } from './components/course-list/kk-course-list.js'
export type { KkCourse } from './components/course/kk-course.js'
export type { KkSignupForm } from './components/signup-form/kk-signup-form.js'
export type { KkServiceRequest } from './components/service-request/kk-service-request.js'
export type { CourseOpenDetail, ServiceRequestDetail, SignupDetail } from './shared/events.js'
export { loadElement }
