// The checklist in every language of the guide, in a page of its own: loading every language's
// questions here would keep them cached for the other tests, which make loads fail on purpose.
import '../lit-dev-mode.js';
import {expect} from '@open-wc/testing';
import '../../src/index.js';
import {$, axeViolations} from '../helpers.js';
import {list, mount, settle, useChecklistPage} from './checklist-page.js';

useChecklistPage();

describe('the checklist, from source, in every language', () => {
  it('in every other language, shows the draft notice, prints the draft line in the language and in English, and is axe-clean', async function () {
    this.timeout(120000);
    const english = 'This list is translated, and no qualified translator has checked it yet.';
    for (const lang of ['ar', 'bn', 'lt', 'pa', 'pl', 'pt', 'ro', 'so', 'uk', 'ur']) {
      await mount({topic: 'section-20', lang});
      // The list is shared by every checklist on the page: the question may be on it already.
      const box = $<HTMLInputElement>(list, '#pick-q-s20-say-no');
      if (!box.checked) box.click();
      await settle();
      expect(list.shadowRoot!.querySelector('.draft-notice'), `${lang}: the draft notice`).not.to.equal(null);
      const line = $(list, '.print-header .draft-line');
      const inEnglish = line.querySelector('[lang="en"]')?.textContent ?? '';
      const own = line.textContent!.replace(inEnglish, '').trim();
      expect(inEnglish, lang).to.contain(english);
      expect(own, `${lang}: the draft line in the language`).not.to.contain('translated');
      expect(own.length, lang).to.be.above(20);
      expect(await axeViolations(list), lang).to.deep.equal([]);
      list.remove();
    }
  });
});
