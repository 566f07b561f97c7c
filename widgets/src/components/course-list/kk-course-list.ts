import { defineElement } from '../../shared/define.js'
import { KkCourseList } from './course-list.component.js'

export { KkCourseList }
export type { CourseOpenDetail } from '../../shared/events.js'

defineElement('kk-course-list', KkCourseList)

declare global {
  interface HTMLElementTagNameMap {
    'kk-course-list': KkCourseList
  }
}
