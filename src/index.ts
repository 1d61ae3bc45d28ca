// The entry: the only module with side effects. It registers the elements once,
// even when the script is loaded twice or next to another version of itself.
import {version} from 'virtual:build-info';
// First, before the modules that define the elements run: the data takes longest.
import './content/first-requests.js';
import {FamilyRightsGuide} from './family-rights-guide/family-rights-guide.js';
import {installInterfaceStrings} from './i18n/strings.js';
import {RightsChecklist} from './rights-checklist/rights-checklist.js';

export {FamilyRightsGuide, RightsChecklist};
export {setDataPath} from './content/content-store.js';

installInterfaceStrings();

const elements: [string, CustomElementConstructor & {version?: string}][] = [
  ['family-rights-guide', FamilyRightsGuide],
  ['rights-checklist', RightsChecklist],
];

const otherVersions = new Set<string>();
for (const [tag, element] of elements) {
  const existing = customElements.get(tag) as {version?: string} | undefined;
  if (!existing) customElements.define(tag, element);
  else if (existing.version !== version) otherVersions.add(existing.version ?? 'unknown');
}
// One warning per page, however many copies of the script load.
const warned = Symbol.for('family-rights-guide.version-warning');
const page = globalThis as typeof globalThis & {[warned]?: boolean};
if (otherVersions.size && !page[warned]) {
  page[warned] = true;
  console.warn(
    `family-rights-guide ${version} was not registered: version ${[...otherVersions].join(', ')} is already on this page.`
  );
}
