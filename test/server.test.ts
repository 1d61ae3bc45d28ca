import {expect} from '@open-wc/testing';

// The module package.json's `node` condition names, for server rendering. A bundler that picks it for a
// browser by mistake gets a page with no guide, but nothing else on the page changes.
describe('the server module', () => {
  it('has the entry’s names, defines no element and changes no global', async () => {
    const before = Object.getOwnPropertyNames(globalThis);
    const server = await import('../src/server.js');
    server.setDataPath('/family-rights-guide/content/');
    expect(Object.keys(server).sort()).to.deep.equal(['FamilyRightsGuide', 'RightsChecklist', 'setDataPath']);
    expect(new server.FamilyRightsGuide()).to.not.be.instanceOf(HTMLElement);
    expect(customElements.get('family-rights-guide')).to.equal(undefined);
    expect(Object.getOwnPropertyNames(globalThis).filter((name) => !before.includes(name))).to.deep.equal([]);
  });
});
