import '../lit-dev-mode.js';
import {expect} from '@open-wc/testing';
import '../../src/index.js';
import {STORAGE_KEY} from '../../src/my-list/my-list-store.js';
import {$, $$, consoleProblems, waitFor} from '../helpers.js';
import {text} from '../source-helpers.js';

// The page's list reads what was kept once, when the first widget appears:
// so this file has one page-load's worth of story, told in order.
describe('keeping the list on this device, from source', () => {
  before(() => localStorage.setItem(STORAGE_KEY, '{"version":1,"picked":[{"topic":"section-20"'));
  after(() => {
    document.querySelectorAll('rights-checklist').forEach((element) => element.remove());
    localStorage.clear();
    expect(consoleProblems, 'console errors and warnings').to.deep.equal([]);
  });

  it('never shows a damaged saved list, says so calmly, offers to delete it, and still works', async () => {
    const list = document.createElement('rights-checklist');
    list.setAttribute('topic', 'section-20');
    document.body.append(list);
    await waitFor(() => list.shadowRoot?.querySelector('.choices'), 'the checklist');
    expect(text($(list, '.problem[role="alert"]'))).to.equal(
      'A list saved on this device could not be read, so it is not shown. Your list here still works.'
    );
    expect($<HTMLInputElement>(list, '#keep').checked, 'not kept').to.equal(false);
    expect($$(list, '.items .question')).to.have.length(0);
    $(list, '.delete-saved').click();
    await list.updateComplete;
    expect(localStorage.getItem(STORAGE_KEY)).to.equal(null);
    expect(list.shadowRoot!.querySelector('.problem')).to.equal(null);
    $(list, '#pick-q-s20-say-no').click();
    await list.updateComplete;
    expect($$(list, '.items .question').map(text)).to.deep.equal(['What will happen if I do not agree?']);
  });
});
