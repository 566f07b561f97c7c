import type { AdminViewConfig } from 'payload'

/** The admin's front page: the editors' dashboard in place of Payload's list of collections (which stays in the menu). */
export const editorsDashboardView = (): AdminViewConfig => ({
  Component: { path: '@kurskatalog/payload-plugin/admin#EditorsDashboard' },
})
