import type { Plugin } from 'payload'

/** The context key that makes a save fail after every other hook of its collection has run. */
export const failAfterHooks = 'testFailAfterHooks'

/**
 * Adds, last in each collection's afterChange hooks, one that throws when a save asks for it: the
 * way to see what a save that fails late (an editor's hook, a lost connection) rolls back.
 */
export function failSavesOnRequest(): Plugin {
  return (config) => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => ({
      ...collection,
      hooks: {
        ...collection.hooks,
        afterChange: [
          ...(collection.hooks?.afterChange ?? []),
          ({ context }) => {
            if (context[failAfterHooks]) throw new Error('failed on request, after the other hooks')
          },
        ],
      },
    })),
  })
}
