import type { OfferingKind } from '@kurskatalog/contract'
import type { Translations } from '../../shared/translations.js'

const nb = {
  loadingCourses: 'Laster kurs …',
  loadFailed: 'Vi kunne ikke hente kurskatalogen.',
  offlineCached: (when: string) => `Du ser kursene slik de var ${when}. Datoer og ledige plasser kan ha endret seg.`,
  empty: 'Ingen kurs passer med det du har valgt.',
  emptyCatalogue: 'Det er ingen kurs i katalogen akkurat nå.',
  filters: 'Finn kurs',
  search: 'Søk',
  searchLabel: 'Søk i kursene',
  any: 'Alle',
  kinds: { course: 'Kurs', programme: 'Lederprogram' } as Record<OfferingKind, string>,
  shownOf: (shown: number, total: number) => `Viser ${shown} av ${total}`,
  showMore: 'Vis flere',
  courseList: 'Kurs',
}

export const courseListTexts: Translations<typeof nb> = {
  nb,
  nn: {
    loadingCourses: 'Lastar kurs …',
    loadFailed: 'Vi kunne ikkje hente kurskatalogen.',
    offlineCached: (when) => `Du ser kursa slik dei var ${when}. Datoar og ledige plassar kan ha endra seg.`,
    empty: 'Ingen kurs passar med det du har valt.',
    emptyCatalogue: 'Det er ingen kurs i katalogen akkurat no.',
    searchLabel: 'Søk i kursa',
    kinds: { course: 'Kurs', programme: 'Leiarprogram' },
    showMore: 'Vis fleire',
  },
  en: {
    loadingCourses: 'Loading courses …',
    loadFailed: 'We could not load the course catalogue.',
    offlineCached: (when) => `You are seeing the courses as they were ${when}. Dates and free seats may have changed.`,
    empty: 'No courses match your choices.',
    emptyCatalogue: 'There are no courses in the catalogue right now.',
    filters: 'Find a course',
    search: 'Search',
    searchLabel: 'Search the courses',
    any: 'All',
    kinds: { course: 'Course', programme: 'Leadership programme' },
    shownOf: (shown, total) => `Showing ${shown} of ${total}`,
    showMore: 'Show more',
    courseList: 'Courses',
  },
}
