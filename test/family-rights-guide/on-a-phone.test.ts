// What a parent on a 320 px phone needs: the way out on the first screen
// even under a host's hero, the list one tap from where they add to it, a
// calm top of each topic, contents, call buttons, whole sentences, and the
// topics grouped by where the family is.
import {expect} from '@open-wc/testing';
import {setViewport} from '@web/test-runner-commands';
import {
  $,
  $$,
  consoleProblems,
  deepActiveElement,
  englishIndex,
  mountGuide,
  pageWithHero,
  waitFor,
} from '../helpers.js';

let host: ReturnType<typeof pageWithHero>;
beforeEach(async () => {
  consoleProblems.length = 0;
  await setViewport({width: 320, height: 568});
  host = pageWithHero();
});
afterEach(async () => {
  await host.leave();
  expect(consoleProblems, 'console errors and warnings').to.deep.equal([]);
});

const slot = () => host.slot;
const text = (element: Element) => element.textContent!.replace(/\s+/g, ' ').trim();
/** Waits until the widget has placed its Exit button after a scroll: it does so once a frame. */
const frames = async (count = 3) => {
  for (let i = 0; i < count; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
};
const inWindow = (box: DOMRect) =>
  box.top >= 0 && box.bottom <= innerHeight && box.left >= 0 && box.right <= innerWidth;

describe('on a 320 px phone', () => {
  it('fits the language menu, its Change button and "Show in English" in every language, with nothing wider than the screen', async () => {
    const guide = await mountGuide({}, slot());
    const codes = $$<HTMLOptionElement>(guide, '#language option').map((option) => option.value);
    expect(codes.length).to.equal(11);
    for (const lang of codes) {
      guide.setAttribute('lang', lang);
      await waitFor(() => $(guide, '.root').lang === lang, `the guide in ${lang}`);
      await frames(2);
      for (const part of [
        '#language',
        '.change-language',
        '.language label',
        ...(lang === 'en' ? [] : ['.show-english']),
      ]) {
        const {left, right} = $(guide, part).getBoundingClientRect();
        expect(left >= 0 && right <= innerWidth, `${lang}: ${part} across the screen, at ${left}–${right}`).to.equal(
          true
        );
      }
      expect(document.documentElement.scrollWidth, `${lang}: no sideways scrolling`).to.be.at.most(innerWidth);
    }
  });

  it('the Exit button is on the first screen under a 900 px hero, and in reach wherever the reader scrolls', async () => {
    const guide = await mountGuide({'quick-exit': ''}, slot());
    const exit = $(guide, 'a.exit');
    const bar = $(guide, '.exit-bar');
    expect(guide.getBoundingClientRect().top, 'the guide starts below the first screen').to.be.above(innerHeight);
    await waitFor(() => bar.dataset.away === 'below', 'the button fixed to the window');
    expect(inWindow(exit.getBoundingClientRect()), 'on the first screen').to.equal(true);
    const heightAway = bar.getBoundingClientRect().height;
    for (const y of [400, 900, 1400, 2400, 5000]) {
      window.scrollTo(0, y);
      await frames();
      const box = exit.getBoundingClientRect();
      expect(inWindow(box), `in the window at ${y}`).to.equal(true);
      expect(
        document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2),
        `not covered at ${y}`
      ).to.equal(guide);
    }
    window.scrollTo(0, 1400);
    await frames();
    expect(bar.dataset.away, 'in its own bar while the guide is on screen').to.equal(undefined);
    expect(bar.getBoundingClientRect().height, 'the bar keeps its height, so nothing shifts').to.be.closeTo(
      heightAway,
      1
    );
  });

  it('puts at most Exit and "All topics" above a topic title, and "My list" only once the list has a question', async () => {
    const guide = await mountGuide({'quick-exit': '', topic: 'section-20'}, slot());
    const title = $(guide, 'article .view-heading').getBoundingClientRect();
    const above = $$(guide, 'a[href], button, select, input, textarea').filter(
      (control) => control.getBoundingClientRect().bottom <= title.top && control.getBoundingClientRect().height > 0
    );
    expect(above.map((control) => text(control))).to.deep.equal(['Exit this page', 'All topics']);
    expect(guide.shadowRoot!.querySelector('.my-list-button'), 'no "My list" while it is empty').to.equal(null);
    const add = $<HTMLButtonElement>(guide, '.add-question');
    add.click();
    await guide.updateComplete;
    expect(text($(guide, '.my-list-button'))).to.equal('My list: 1 question');
    const seeList = $(guide, '.see-list').getBoundingClientRect();
    expect(seeList.top - add.getBoundingClientRect().bottom, 'beside the button, one tap away').to.be.below(60);
  });

  it('starts a topic with "On this page": one link to each section, which takes focus there without changing the address', async () => {
    const guide = await mountGuide({'quick-exit': '', topic: 'child-protection-conference'}, slot());
    const sections = $$(guide, 'article .section > :is(h3, h4)[id]').filter((h) => h.id !== 'contents');
    const links = $$<HTMLAnchorElement>(guide, '.contents a');
    expect(links.map(text)).to.deep.equal(sections.map(text));
    expect(text($(guide, '.term-hint'))).to.equal(
      'Words with a dashed line under them are explained when you tap them.'
    );
    const address = location.href;
    const help = links.find((link) => link.getAttribute('href') === '#get-help')!;
    help.click();
    expect(deepActiveElement()?.id).to.equal('get-help');
    expect(location.href).to.equal(address);
    await frames();
    const heading = $(guide, '#get-help').getBoundingClientRect();
    const bar = $(guide, '.exit-bar').getBoundingClientRect();
    expect(heading.top >= bar.bottom || heading.bottom <= bar.top, 'the heading is not under the exit bar').to.equal(
      true
    );
  });

  it('gives each phone number as a 44 px call button named by its service', async () => {
    const guide = await mountGuide({topic: 'free-advice'}, slot());
    const calls = $$<HTMLAnchorElement>(guide, '#get-help ~ * a[href^="tel:"], .section a[href^="tel:"]');
    expect(calls.length).to.be.above(2);
    for (const call of calls) {
      const box = call.getBoundingClientRect();
      expect(call.classList.contains('call'), call.href).to.equal(true);
      expect(Math.min(box.width, box.height), call.href).to.be.at.least(44);
    }
    const frg = calls.find((call) => call.href === 'tel:08088010366')!;
    expect(text(frg)).to.equal('Family Rights Group advice line: 0808 801 0366');
    expect(frg.dir).to.equal('ltr');
  });

  it('opens a definition after its paragraph, never inside the sentence', async () => {
    const guide = await mountGuide({topic: 'child-protection-conference'}, slot());
    const term = $<HTMLButtonElement>(guide, 'article p button.term');
    const paragraph = term.closest('p')!;
    term.click();
    await guide.updateComplete;
    const definition = $(guide, `#${term.getAttribute('aria-controls')}`);
    expect(definition.hidden).to.equal(false);
    expect(paragraph.contains(definition), 'not inside the paragraph').to.equal(false);
    expect(definition.getBoundingClientRect().top).to.be.at.least(paragraph.getBoundingClientRect().bottom);
  });

  it('groups the topics by stage, each row leading with the situation and the legal name second', async () => {
    const guide = await mountGuide({}, slot());
    const stages = $$(guide, '.stage').map(text);
    expect(stages).to.deep.equal([
      'Getting help',
      'When social workers are worried',
      'Going to court',
      'When your child lives elsewhere',
      'Your rights and getting advice',
    ]);
    const rows = $$<HTMLButtonElement>(guide, '.topic-row');
    expect(rows.length).to.equal((await englishIndex()).topics.length);
    const row = guide.shadowRoot!.querySelector<HTMLButtonElement>('#row-letter-before-proceedings')!;
    expect([...row.children].map((part) => part.className)).to.deep.equal(['row-summary', 'row-title']);
    expect(text(row.querySelector('.row-summary')!)).to.equal(
      'You have a letter saying the council is thinking about court.'
    );
    // Each group's rows follow its heading: the court letter is under "Going to court".
    const court = $$(guide, '.stage').find((heading) => text(heading) === 'Going to court')!;
    expect(court.nextElementSibling!.contains(row)).to.equal(true);
  });
});
