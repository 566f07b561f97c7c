import { fileURLToPath } from 'node:url'

/** Where the workspace's parts live, from this file's place in it. */
export const repoDir = fileURLToPath(new URL('../../../', import.meta.url))
export const cmsDir = fileURLToPath(new URL('../../../cms/', import.meta.url))
export const widgetsDir = fileURLToPath(new URL('../../../widgets/', import.meta.url))
