// @ts-check
// A Custom Elements Manifest analyzer plugin, run after scripts/custom-elements-public.mjs: writes the package's
// TypeScript declarations from the public manifest, so the types say exactly what custom-elements.json says.
//   dist/family-rights-guide.d.ts  the elements, their event maps, setDataPath, HTMLElementTagNameMap
//   dist/react.d.ts                React 19 JSX: attributes and `on<event>` props
//   dist/vue.d.ts                  Vue 3 GlobalComponents
//   dist/svelte.d.ts               Svelte 5 elements (svelte/elements)
// The types the manifest names (event details, HeadingLevel) are copied from their declarations in src/.
import {readFile, readdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import ts from 'typescript';

const HEADER = '// Generated from custom-elements.json by scripts/types-from-manifest.mjs. Do not edit.\n';
/** Names in type texts that are not ours: the platform's own. */
const GLOBAL_TYPES = new Set(['CustomEvent', 'HTMLElement', 'URL', 'Event']);
/** Members HTMLElement already declares: the element keeps the platform's type for them. */
const HTML_ELEMENT_OWN = new Set(['lang']);

/**
 * @typedef {{name: string, description?: string, type?: {text: string}, static?: boolean, fieldName?: string}} Item
 * @typedef {{name: string, kind: string, tagName?: string, description?: string, members?: Item[], attributes?: Item[], events?: Item[], parameters?: Item[], return?: {type?: {text: string}}}} Declaration
 */

/** A JSDoc comment, indented. */
const doc = (/** @type {string | undefined} */ text, indent = '') =>
  text ? `${indent}/** ${text.replace(/\s*\n\s*/g, ' ').replace(/\*\//g, '*\\/')} */\n` : '';
const optional = (/** @type {string} */ text) => text.replace(/\s*\|\s*undefined\b/g, '') || 'unknown';
const eventMapName = (/** @type {Declaration} */ element) => `${element.name}EventMap`;

/** The exported interfaces and type aliases in src/, by name, as source text. */
async function sourceDeclarations(/** @type {string} */ srcDir) {
  /** @type {Map<string, string>} */
  const found = new Map();
  for (const file of await readdir(srcDir, {recursive: true})) {
    if (!file.endsWith('.ts') || file.endsWith('.d.ts')) continue;
    const text = await readFile(path.join(srcDir, file), 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    for (const statement of source.statements) {
      if (!ts.isInterfaceDeclaration(statement) && !ts.isTypeAliasDeclaration(statement)) continue;
      if (!statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue;
      found.set(statement.name.text, statement.getFullText(source).trim());
    }
  }
  return found;
}

/** Every type our declarations name, with the types those name in turn. */
function namedTypes(/** @type {string[]} */ texts, /** @type {Map<string, string>} */ declarations) {
  /** @type {Map<string, string>} */
  const wanted = new Map();
  const visit = (/** @type {string} */ text) => {
    // Names in code, not in comments or string literal types.
    const code = text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '').replace(/'[^']*'/g, "''");
    for (const [name] of code.matchAll(/\b[A-Z][A-Za-z0-9]*\b/g)) {
      if (wanted.has(name) || GLOBAL_TYPES.has(name)) continue;
      const declaration = declarations.get(name);
      if (!declaration)
        throw new Error(`types: custom-elements.json names the type ${name}, which src/ does not export`);
      wanted.set(name, declaration);
      visit(declaration);
    }
  };
  texts.forEach(visit);
  return wanted;
}

/** dist/family-rights-guide.d.ts */
function entryTypes(
  /** @type {Declaration[]} */ elements,
  /** @type {Declaration} */ setDataPath,
  /** @type {Map<string, string>} */ types
) {
  const listener = (/** @type {Declaration} */ element, /** @type {string} */ method) =>
    `  ${method}<K extends keyof ${eventMapName(element)}>(type: K, listener: (this: ${element.name}, event: ${eventMapName(element)}[K]) => unknown, options?: boolean | ${method === 'addEventListener' ? 'AddEventListenerOptions' : 'EventListenerOptions'}): void;\n` +
    `  ${method}(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | ${method === 'addEventListener' ? 'AddEventListenerOptions' : 'EventListenerOptions'}): void;\n`;
  const element = (/** @type {Declaration} */ e) =>
    `export interface ${eventMapName(e)} extends HTMLElementEventMap {\n${(e.events ?? [])
      .map((event) => `${doc(event.description, '  ')}  '${event.name}': ${event.type?.text ?? 'Event'};\n`)
      .join('')}}\n\n` +
    `${doc(e.description)}export declare class ${e.name} extends HTMLElement {\n${(e.members ?? [])
      .filter((m) => !HTML_ELEMENT_OWN.has(m.name))
      .map((m) =>
        m.static
          ? `${doc(m.description, '  ')}  static readonly ${m.name}: ${m.type?.text ?? 'string'};\n`
          : `${doc(m.description, '  ')}  ${m.name}: ${m.type?.text ?? 'unknown'};\n`
      )
      .join('')}${listener(e, 'addEventListener')}${listener(e, 'removeEventListener')}}\n`;
  const parameters = (setDataPath.parameters ?? []).map((p) => `${p.name}: ${p.type?.text ?? 'unknown'}`).join(', ');
  return (
    HEADER +
    [...types.values()].map((text) => `${text}\n`).join('\n') +
    '\n' +
    elements.map(element).join('\n') +
    `\n${doc(setDataPath.description)}export declare function setDataPath(${parameters}): ${setDataPath.return?.type?.text ?? 'void'};\n\n` +
    `declare global {\n  interface HTMLElementTagNameMap {\n${elements.map((e) => `    '${e.tagName}': ${e.name};\n`).join('')}  }\n}\n`
  );
}

/** The attributes and event props a framework's templates take, for one element. */
function attributeProps(/** @type {Declaration} */ element, /** @type {(name: string) => string} */ eventProp) {
  // Each attribute, and its property where the name differs (quickExit for quick-exit), which a binding may set.
  return `{\n${(element.attributes ?? [])
    .flatMap((a) => (a.fieldName && a.fieldName !== a.name ? [a, {...a, name: a.fieldName}] : [a]))
    .map((a) => `${doc(a.description, '  ')}  '${a.name}'?: ${optional(a.type?.text ?? 'string')};\n`)
    .concat(
      (element.events ?? []).map(
        (e) => `${doc(e.description, '  ')}  '${eventProp(e.name)}'?: (event: ${e.type?.text ?? 'Event'}) => void;\n`
      )
    )
    .join('')}}`;
}

const importEntry = (/** @type {Declaration[]} */ elements, /** @type {Map<string, string>} */ types) =>
  `import type {${[...elements.map((e) => e.name), ...types.keys()].join(', ')}} from './family-rights-guide.js';\n`;

/**
 * A framework's typings: its module augmented with one entry per element.
 * @param {Declaration[]} elements
 * @param {Map<string, string>} types
 * @param {{use: string, imports: string, opening: string, closing: string, entry: (element: Declaration, props: string) => string, eventProp: (name: string) => string}} framework
 *   opening and closing: the augmentation around the entries, which sit at the depth `opening` leaves them
 */
function frameworkTypes(elements, types, {use, imports, opening, closing, entry, eventProp}) {
  const depth = ' '.repeat(2 * (opening.match(/\{/g) ?? []).length);
  return (
    `${HEADER}// Use: ${use}\n${imports}\n${importEntry(elements, types)}\n${opening}\n` +
    elements
      .map((e) => `${depth}'${e.tagName}': ${entry(e, indent(attributeProps(e, eventProp), depth))};\n`)
      .join('') +
    `${closing}\n`
  );
}

/** React 19 sets what an element has as a property, and listens for `on` + the event's name. */
const reactTypes = (/** @type {Declaration[]} */ elements, /** @type {Map<string, string>} */ types) =>
  frameworkTypes(elements, types, {
    use: "import type {} from 'family-rights-guide/react';",
    imports: "import type {DetailedHTMLProps, HTMLAttributes} from 'react';",
    opening: "declare module 'react' {\n  namespace JSX {\n    interface IntrinsicElements {",
    closing: '    }\n  }\n}',
    entry: (e, props) => `DetailedHTMLProps<HTMLAttributes<${e.name}>, ${e.name}> & ${props}`,
    eventProp: (name) => `on${name}`,
  });

/** Vue 3 templates take each attribute, and `@event` as an `on…` prop. */
const vueTypes = (/** @type {Declaration[]} */ elements, /** @type {Map<string, string>} */ types) =>
  frameworkTypes(elements, types, {
    use: "import type {} from 'family-rights-guide/vue'; and isCustomElement for the tags in the Vue compiler's options.",
    imports: "import type {DefineComponent} from 'vue';",
    opening: "declare module 'vue' {\n  interface GlobalComponents {",
    closing: '  }\n}',
    entry: (_, props) => `DefineComponent<${props}>`,
    eventProp: (name) => `on${name.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase())}`,
  });

/** Svelte 5 listens for `on` + the event's name. */
const svelteTypes = (/** @type {Declaration[]} */ elements, /** @type {Map<string, string>} */ types) =>
  frameworkTypes(elements, types, {
    use: "import type {} from 'family-rights-guide/svelte';",
    imports: "import type {HTMLAttributes} from 'svelte/elements';",
    opening: "declare module 'svelte/elements' {\n  interface SvelteHTMLElements {",
    closing: '  }\n}',
    entry: (e, props) => `HTMLAttributes<${e.name}> & ${props}`,
    eventProp: (name) => `on${name}`,
  });

const indent = (/** @type {string} */ text, /** @type {string} */ by) => text.replace(/\n(?!$)/g, `\n${by}`);

/**
 * @param {{srcDir?: string, outDir?: string}} [options]
 * @returns {{name: string, packageLinkPhase: (context: {customElementsManifest: {modules: {declarations?: Declaration[]}[]}}) => Promise<void>}}
 */
export function typesFromManifest({srcDir = 'src', outDir = 'dist'} = {}) {
  return {
    name: 'family-rights-guide-types',
    async packageLinkPhase({customElementsManifest}) {
      const declarations = customElementsManifest.modules.flatMap((module) => module.declarations ?? []);
      const elements = declarations.filter((d) => d.tagName);
      const setDataPath = declarations.find((d) => d.name === 'setDataPath');
      if (!setDataPath) throw new Error('types: custom-elements.json has no setDataPath');
      const texts = elements.flatMap((e) =>
        [...(e.members ?? []), ...(e.attributes ?? []), ...(e.events ?? [])].map((item) => item.type?.text ?? '')
      );
      const types = namedTypes(texts, await sourceDeclarations(srcDir));
      const files = {
        'family-rights-guide.d.ts': entryTypes(elements, setDataPath, types),
        'react.d.ts': reactTypes(elements, types),
        'vue.d.ts': vueTypes(elements, types),
        'svelte.d.ts': svelteTypes(elements, types),
      };
      for (const [name, text] of Object.entries(files)) await writeFile(path.join(outDir, name), text);
    },
  };
}
