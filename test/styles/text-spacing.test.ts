// WCAG 1.4.12: a reader's own letter and word spacing, set on the page,
// reaches the text inside the widget, which otherwise resets what it inherits.
import {expect} from '@open-wc/testing';
import {$, consoleProblems, mountGuide, unmountAll} from '../helpers.js';

beforeEach(() => (consoleProblems.length = 0));
afterEach(() => {
  unmountAll();
  document.body.style.cssText = '';
  expect(consoleProblems, 'console errors and warnings').to.deep.equal([]);
});

describe('text spacing', () => {
  it('takes the letter and word spacing a reader sets on the page, and nothing else the page sets', async () => {
    document.body.style.cssText = 'letter-spacing: 0.12em; word-spacing: 0.16em; text-transform: uppercase';
    const guide = await mountGuide({topic: 'section-20'});
    const paragraph = getComputedStyle($(guide, 'article p'));
    // Lengths in em are inherited as computed from the page's own font size.
    const size = parseFloat(getComputedStyle(document.body).fontSize);
    expect(parseFloat(paragraph.letterSpacing) / size).to.be.closeTo(0.12, 0.01);
    expect(parseFloat(paragraph.wordSpacing) / size).to.be.closeTo(0.16, 0.01);
    expect(paragraph.textTransform, 'other inherited styles stay out').to.equal('none');
  });
});
