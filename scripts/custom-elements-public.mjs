// @ts-check
// A Custom Elements Manifest analyzer plugin: keeps only the public API in dist/custom-elements.json, as
// editors, framework tools and the README's API tables read it. The analyzer reads every module in src/
// and lists each reactive property as an attribute, internal state included. This keeps, for each element,
// the attributes with a public property (each named by the property a host sets), that property and the
// static `version`, the events with their detail types, slots, CSS properties and parts. All of it is
// declared in the one file that ships, dist/family-rights-guide.js, with setDataPath beside the elements.

const SHIPPED = 'dist/family-rights-guide.js';
/** Internal property names for attributes a host sets by another property: `lang` is HTMLElement's own. */
const PROPERTY_OF = /** @type {Record<string, string>} */ ({requestedLang: 'lang'});

/**
 * @typedef {{name: string, kind?: string, privacy?: string, static?: boolean, fieldName?: string, inheritedFrom?: unknown, [key: string]: unknown}} Item
 * @typedef {{kind: string, name: string, tagName?: string, customElement?: boolean, members?: Item[], attributes?: Item[], superclass?: unknown, [key: string]: unknown}} Declaration
 * @typedef {{kind: string, path: string, declarations?: Declaration[], exports?: unknown[]}} Module
 */

/** An item as a host sees it: named by the property a host sets, with no trace of the internal base class. */
function asShipped(/** @type {Item} */ {inheritedFrom, ...item}, /** @type {'name' | 'fieldName'} */ key) {
  void inheritedFrom;
  const name = String(item[key] ?? '');
  return {...item, [key]: PROPERTY_OF[name] ?? name};
}

/** @param {Declaration} element */
function publicElement(element) {
  const members = element.members ?? [];
  const isPublicField = (/** @type {Item} */ m) =>
    m.kind === 'field' && !m.static && (!m.privacy || m.privacy === 'public');
  const attributes = (element.attributes ?? []).filter((a) =>
    members.some((m) => m.name === a.fieldName && isPublicField(m))
  );
  const fields = new Set(attributes.map((a) => a.fieldName));
  return {
    ...element,
    members: members
      .filter((m) => (isPublicField(m) && fields.has(m.name)) || (m.static && m.name === 'version'))
      .map((m) => asShipped(m, 'name')),
    attributes: attributes.map((a) => asShipped(a, 'fieldName')),
    // The elements' own base class is not shipped on its own: what a host sees is an HTMLElement.
    superclass: {name: 'HTMLElement', package: 'global:'},
  };
}

/** @returns {{name: string, packageLinkPhase: (context: {customElementsManifest: {modules: Module[]}}) => void}} */
export function publicApiOnly() {
  return {
    name: 'family-rights-guide-public-api',
    packageLinkPhase({customElementsManifest}) {
      const declarations = customElementsManifest.modules.flatMap((module) => module.declarations ?? []);
      const elements = declarations.filter((d) => d.customElement && d.tagName).map(publicElement);
      const setDataPath = declarations.find((d) => d.kind === 'function' && d.name === 'setDataPath');
      if (elements.length !== 2 || !setDataPath)
        throw new Error(
          `custom-elements.json: expected two elements and setDataPath, found ${elements.map((e) => e.tagName).join(', ') || 'no elements'}${setDataPath ? '' : ', no setDataPath'}`
        );
      const at = (/** @type {string} */ name) => ({name, module: SHIPPED});
      customElementsManifest.modules = [
        {
          kind: 'javascript-module',
          path: SHIPPED,
          declarations: [...elements, setDataPath],
          exports: [
            ...[...elements, setDataPath].map((d) => ({kind: 'js', name: d.name, declaration: at(d.name)})),
            ...elements.map((e) => ({kind: 'custom-element-definition', name: e.tagName, declaration: at(e.name)})),
          ],
        },
      ];
    },
  };
}
