export { startStack, type Stack, type StackPorts, type StartStackOptions } from './startStack.js'
export { buildIfStale, cmsBuild, isStale, widgetsBuild, type BuildTarget } from './builds.js'
