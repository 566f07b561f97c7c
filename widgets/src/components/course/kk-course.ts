import { defineElement } from '../../shared/define.js'
import { KkCourse } from './course.component.js'

export { KkCourse }

defineElement('kk-course', KkCourse)

declare global {
  interface HTMLElementTagNameMap {
    'kk-course': KkCourse
  }
}
