import { describe, expect, it } from 'vitest'
import { widgetChunkPaths } from '../src/widgetChunks.js'

describe("the widget entry's chunks", () => {
  it('are the modules the entry imports, each once, beside it', () => {
    const entry =
      'var e={"kk-course-list":()=>import("./kk-course-list-QVBKRBC5.js"),"kk-course":()=>import("./course-and-forms-64PBADWN.js"),' +
      '"kk-signup-form":()=>import("./course-and-forms-64PBADWN.js")};function s(s){customElements.get(s)||(import("./chunk-NLEFA537.js").catch(()=>{}),e[s]())}'
    expect(widgetChunkPaths(entry)).toEqual(['/widgets/kk-course-list-QVBKRBC5.js', '/widgets/course-and-forms-64PBADWN.js', '/widgets/chunk-NLEFA537.js'])
  })

  it('are none for an entry that imports nothing', () => {
    expect(widgetChunkPaths('customElements.define("kk-x", class extends HTMLElement {})')).toEqual([])
  })
})
