import type { CourseListTexts } from '../components/course-list/course-list.texts.js'
import type { CourseTexts } from '../components/course/course.texts.js'
import type { CommonTexts } from './common.texts.js'
import type { FormTexts } from './form.texts.js'

/** All texts of one language, table by table: the shape of the files in src/locales/. */
export interface LocaleTexts {
  common: CommonTexts
  courseList: CourseListTexts
  course: CourseTexts
  form: FormTexts
}

/** A language other than bokmål: complete (`LocaleTexts`) or falling back text by text (`Partial`). */
export type OtherLocaleTexts = { [K in keyof LocaleTexts]: Partial<LocaleTexts[K]> }
