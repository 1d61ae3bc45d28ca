// What a server gets when it imports the package: package.json's `node` condition points here. Server
// rendering (React, Next.js, Nuxt, SvelteKit) imports a page's modules in Node, where there is no DOM
// and no custom elements registry. This module defines nothing, reads nothing and changes no global:
// the server writes the tags and their fallback as they are, and the browser's copy of the guide
// (family-rights-guide.js) defines the elements when the page loads.

/** On a server, a name only: the element is defined in the browser. */
export class FamilyRightsGuide {}

/** On a server, a name only: the element is defined in the browser. */
export class RightsChecklist {}

/** On a server, nothing to do: the browser's copy of the guide reads the data path when the page loads. */
export function setDataPath(path: string | URL): void {
  void path;
}
