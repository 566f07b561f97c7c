// `cem analyze` reads the components' JSDoc (the API) into custom-elements.json; scripts/readme.mjs turns it into tables.

/** Internal reactive state (`state: true`, private fields) is no attribute of the element. */
function dropPrivateAttributes() {
  return {
    name: 'kk-drop-private-attributes',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          const privateFields = new Set(
            (declaration.members ?? []).filter((member) => member.privacy === 'private').map((member) => member.name),
          )
          if (declaration.attributes) declaration.attributes = declaration.attributes.filter((a) => !privateFields.has(a.fieldName))
          for (const member of declaration.members ?? []) if (privateFields.has(member.name)) delete member.attribute
        }
      }
    },
  }
}

export default {
  globs: ['src/shared/kk-element.ts', 'src/components/**/*.component.ts'],
  outdir: '.',
  litelement: true,
  plugins: [dropPrivateAttributes()],
}
