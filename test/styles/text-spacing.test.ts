// WCAG 1.4.12: the text spacing a reader sets for every element on the page,
// as reading tools and the WCAG bookmarklet do, reaches the text inside the
// widget; what a host page sets on its body stays out, as the hostile-CSS test
// in test/family-rights-guide/family-rights-guide.test.ts shows.
import {expect} from '@open-wc/testing';
import {$, consoleProblems, mountGuide, unmountAll} from '../helpers.js';

let sheet: HTMLStyleElement;
beforeEach(() => (consoleProblems.length = 0));
afterEach(() => {
  unmountAll();
  sheet.remove();
  expect(consoleProblems, 'console errors and warnings').to.deep.equal([]);
});

describe('text spacing', () => {
  it('takes the spacing a reader sets on every element, and the text keeps its room', async () => {
    sheet = Object.assign(document.createElement('style'), {
      textContent:
        '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }',
    });
    document.head.append(sheet);
    const guide = await mountGuide({topic: 'section-20'});
    const paragraph = getComputedStyle($(guide, 'article p'));
    // Lengths in em reach the text as the element the rule matched computed them.
    const size = parseFloat(getComputedStyle(guide).fontSize);
    expect(parseFloat(paragraph.letterSpacing) / size).to.be.closeTo(0.12, 0.01);
    expect(parseFloat(paragraph.wordSpacing) / size).to.be.closeTo(0.16, 0.01);
    const title = $(guide, '.view-heading');
    expect(title.scrollHeight, 'nothing is cut off').to.be.at.most(title.clientHeight + 1);
  });
});
