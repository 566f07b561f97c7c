/** The only place a kk-* element is registered; a second copy of the script on a page is harmless. */
export function defineElement(name: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, constructor)
}
