import type { TextTable } from '../../shared/text-table.js'

const nb = {
  loadingCourses: 'Laster kurs …',
  loadFailed: 'Vi kunne ikke hente kurskatalogen.',
  offlineCached: (when: string) => `Du ser kursene slik de var ${when}. Datoer og ledige plasser kan ha endret seg.`,
  empty: 'Ingen kurs passer med det du har valgt.',
  emptyCatalogue: 'Det er ingen kurs i katalogen akkurat nå.',
  filters: 'Finn kurs',
  search: 'Søk',
  searchLabel: 'Søk i kursene',
  topic: 'Tema',
  any: 'Alle',
  shownOf: (shown: number, total: number) => `Viser ${shown} av ${total}`,
  showMore: 'Vis flere',
  courseList: 'Kurs',
}

export type CourseListTexts = typeof nb

export const courseListTexts: TextTable<CourseListTexts> = { id: 'courseList', nb }
