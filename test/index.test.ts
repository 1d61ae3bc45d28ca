import './lit-dev-mode.js';
import {expect} from '@open-wc/testing';
import {consoleProblems, takeWarnings} from './helpers.js';

// Another version of the checklist got to this page first, as when a host
// page loads two copies of the script.
class RightsChecklist extends HTMLElement {
  static version = '0.0.1-other';
}
customElements.define('rights-checklist', RightsChecklist);

describe('the entry, from source', () => {
  it('registers what it can, leaves another version’s element alone, and warns once', async () => {
    consoleProblems.length = 0;
    const entry = await import('../src/index.js');
    expect(customElements.get('family-rights-guide')).to.equal(entry.FamilyRightsGuide);
    expect(customElements.get('rights-checklist')).to.equal(RightsChecklist);
    const {version} = entry.FamilyRightsGuide as unknown as {version: string};
    takeWarnings(
      new RegExp(
        `^warn: family-rights-guide ${version} was not registered: version 0\\.0\\.1-other is already on this page\\.$`
      )
    );
  });
});
