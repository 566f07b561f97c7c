/** dependency-cruiser's settings for `.ci/check-cycles.mjs`: no import may run in a circle, `import type` included. */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules that import each other, at run time or through `import type`: put what both need in a leaf module.',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    // Type-only imports are edges too: they tangle the reading order as much as the run-time ones do.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: require('node:path').join(__dirname, '.ci/tsconfig.cycles.json') },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['node_modules', '\\.next/', '(^|/)dist/'] },
    // The workspace packages point their `exports` at TypeScript source; follow them there.
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'types', 'default'],
      extensions: ['.ts', '.tsx', '.mts', '.js', '.mjs', '.jsx', '.json'],
    },
  },
}
