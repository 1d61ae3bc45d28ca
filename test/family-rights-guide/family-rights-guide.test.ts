import {expect, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {LocaleIndex} from '../../src/content/types.js';
import {
  $,
  $$,
  axeViolations,
  consoleProblems,
  deepActiveElement,
  englishIndex,
  mountGuide,
  nextViewChange,
  openTopic,
  takeWarnings,
  unmountAll,
  guideWithList,
} from '../helpers.js';

let index: LocaleIndex;

before(async () => {
  index = await englishIndex();
});

beforeEach(() => {
  consoleProblems.length = 0;
});

afterEach(() => {
  unmountAll();
  expect(consoleProblems, 'console errors and warnings').to.deep.equal([]);
});

const text = (element: Element) => element.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Presses Tab until the focused element matches, or fails after `limit` presses. */
async function tabTo(matches: (element: Element) => boolean, limit = 80): Promise<Element> {
  for (let i = 0; i < limit; i++) {
    await sendKeys({press: 'Tab'});
    const active = deepActiveElement();
    if (active && matches(active)) return active;
  }
  throw new Error('Tab never reached the element');
}

async function shiftTab(): Promise<void> {
  await sendKeys({down: 'Shift'});
  await sendKeys({press: 'Tab'});
  await sendKeys({up: 'Shift'});
}

describe('topic list', () => {
  it('lists every topic in order with its title and summary, under "Where are you now?"', async () => {
    const guide = await mountGuide();
    expect(text($(guide, 'h2.view-heading'))).to.equal('Where are you now?');
    const rows = $$(guide, '.topic-row');
    expect(rows.map((row) => text(row.querySelector('.row-title')!))).to.deep.equal(index.topics.map((t) => t.title));
    expect(rows.map((row) => text(row.querySelector('.row-summary')!))).to.deep.equal(
      index.topics.map((t) => t.summary)
    );
  });

  it('makes each row a large tap target (at least 44 by 44 CSS pixels)', async () => {
    const guide = await mountGuide();
    for (const row of $$(guide, '.topic-row')) {
      const box = row.getBoundingClientRect();
      expect(box.height).to.be.at.least(44);
      expect(box.width).to.be.at.least(44);
    }
  });

  it('says that the guide covers England only', async () => {
    const guide = await mountGuide();
    expect(text($(guide, '.england-note'))).to.match(/England only.*Wales, Scotland and Northern Ireland is different/);
  });

  it('does not take focus from the host page on first render', async () => {
    const before = document.activeElement;
    await mountGuide();
    expect(document.activeElement).to.equal(before);
  });
});

describe('topic view', () => {
  it('opens the topic named by the topic attribute, with sources, last updated date and England note', async () => {
    const first = index.topics[0];
    const guide = await mountGuide({topic: first.slug});
    expect(text($(guide, '.view-heading'))).to.equal(first.title);
    expect($$(guide, '.section').length).to.be.greaterThan(1);
    const sources = $$<HTMLAnchorElement>(guide, '.sources a');
    expect(sources.length).to.be.greaterThan(0);
    for (const link of sources) expect(link.protocol).to.equal('https:');
    const time = $<HTMLTimeElement>(guide, '.last-updated time');
    expect(time.dateTime).to.match(/^\d{4}-\d{2}-\d{2}$/);
    // No topic has a recorded qualified review yet, so none may say it was checked.
    expect(text($(guide, '.last-updated'))).to.match(/^Last updated: \d{1,2} \w+ \d{4}$/);
    expect(text($(guide, '.england-note'))).to.contain('England only');
  });

  it('shows no empty notice box when there is nothing to say, in the list or a topic', async () => {
    const guide = await mountGuide({});
    // The live region stays, for announcements, but takes no space: one clipped pixel at most.
    expect($(guide, '.notice').getBoundingClientRect().height, 'topic list').to.be.at.most(1);
    await openTopic(guide, index.topics[1].slug);
    expect($(guide, '.notice').getBoundingClientRect().height, 'topic').to.be.at.most(1);
  });

  it('announces each question added to the list or taken off it, with the new count (WCAG 4.1.3)', async () => {
    const guide = await mountGuide({topic: 'section-20'});
    const said = () => $(guide, '.notice[role="status"]').textContent!.replace(/\s+/g, ' ').trim();
    const count = () => $(guide, '.my-list-button').textContent!.replace(/\s+/g, ' ').trim();
    const [first, second] = $$<HTMLButtonElement>(guide, '.add-question');
    const before = first.textContent;
    first.click();
    await guide.updateComplete;
    expect(said()).to.equal(`Added to your list. ${count()}`);
    second.click();
    await guide.updateComplete;
    expect(said()).to.match(/^Added to your list\. My list: \d+ questions$/);
    first.click();
    await guide.updateComplete;
    expect(said()).to.equal(`Removed from your list. ${count()}`);
    second.click();
    await guide.updateComplete;
    expect(first.textContent, 'the list is as it was').to.equal(before);
    // Opening another view starts afresh.
    await openTopic(guide, 'adoption');
    expect(said()).to.equal('');
  });

  it('shows each citation as a small numbered link that takes the reader to that source, leaving the address alone', async () => {
    const guide = await mountGuide({topic: 'section-20'});
    const address = location.href;
    const citations = $$<HTMLAnchorElement>(guide, '.cite a');
    expect(citations.length, 'citations in section-20').to.be.greaterThan(3);
    const sources = $$<HTMLLIElement>(guide, '.sources li');
    for (const link of citations) {
      const n = Number(text(link));
      expect(n).to.be.within(1, sources.length);
      expect(link.getAttribute('aria-label')).to.equal(`source ${n}`);
    }
    const rights = $$<HTMLLIElement>(guide, '#your-rights ~ ul li, .section:has(#your-rights) ul li');
    expect(rights.length).to.be.greaterThan(0);
    for (const item of rights) expect(item.querySelector('.cite'), text(item)).to.exist;
    const last = citations[citations.length - 1];
    // The link must not follow its #fragment: that would add to the browser's history.
    let followed: boolean | undefined;
    window.addEventListener('click', (event) => (followed = !event.defaultPrevented), {once: true});
    last.focus();
    await sendKeys({press: 'Enter'});
    const target = sources[Number(text(last)) - 1];
    await waitUntil(() => deepActiveElement() === target, 'the source is focused');
    expect(followed, 'the link was followed').to.equal(false);
    expect(location.href).to.equal(address);
    expect(await axeViolations(guide)).to.deep.equal([]);
  });

  it('shows the topic list and a polite message for an unknown slug', async () => {
    const guide = await mountGuide({topic: 'no-such-topic'});
    expect($$(guide, '.topic-row').length).to.equal(index.topics.length);
    const notice = $(guide, '.notice');
    expect(text(notice)).to.equal('We could not find that topic. Here are all the topics.');
    expect(notice.getBoundingClientRect().height).to.be.greaterThan(0);
    takeWarnings(/there is no topic "no-such-topic", so the list of topics is shown/);
  });

  it('says which topic is open in frg-view-change only when the host opts in with report-topic', async () => {
    const quiet = await mountGuide({topic: 'domestic-abuse'});
    const shown = nextViewChange(quiet);
    quiet.setAttribute('topic', 'section-20');
    expect(await shown).to.deep.equal({view: 'topic', topic: null, locale: 'en'});
    const told = await mountGuide({topic: 'domestic-abuse', 'report-topic': ''});
    const next = nextViewChange(told);
    told.setAttribute('topic', 'section-20');
    expect(await next).to.deep.equal({view: 'topic', topic: 'section-20', locale: 'en'});
  });

  it('follows changes to the topic attribute at run time and moves focus to the new heading', async () => {
    const guide = await mountGuide({'report-topic': ''});
    for (const topic of [index.topics[1], index.topics[0]]) {
      const shown = nextViewChange(guide);
      guide.setAttribute('topic', topic.slug);
      expect(await shown).to.deep.equal({view: 'topic', topic: topic.slug, locale: 'en'});
      await guide.updateComplete;
      expect(text($(guide, '.view-heading'))).to.equal(topic.title);
      expect(deepActiveElement()).to.equal($(guide, '.view-heading'));
    }
    const shown = nextViewChange(guide);
    guide.removeAttribute('topic');
    expect((await shown).topic).to.equal(null);
  });

  it('opens the topic again when a host router sets topic to the value it already has', async () => {
    const first = index.topics[0];
    const guide = await mountGuide({topic: first.slug, 'report-topic': ''});
    const moved = nextViewChange(guide);
    $(guide, '.pager-link.next').click();
    expect((await moved).topic).to.equal(index.topics[1].slug);
    for (const set of [() => guide.setAttribute('topic', first.slug), () => (guide.topic = first.slug)]) {
      $(guide, '.pager-link.next').click();
      await guide.updateComplete;
      const back = nextViewChange(guide);
      set();
      expect((await back).topic, 'back to the first topic').to.equal(first.slug);
    }
  });

  it('offers next and previous topics in order, and none beyond the ends', async () => {
    const last = index.topics.length - 1;
    const first = await mountGuide({topic: index.topics[0].slug});
    expect(first.shadowRoot!.querySelector('.pager .previous')).to.equal(null);
    expect(text($(first, '.pager .next .pager-title'))).to.equal(index.topics[1].title);
    const end = await mountGuide({topic: index.topics[last].slug});
    expect(end.shadowRoot!.querySelector('.pager .next')).to.equal(null);
    expect(text($(end, '.pager .previous .pager-title'))).to.equal(index.topics[last - 1].title);
  });

  it('puts local help at the end of "Where to get help", and adds nothing when the host gives none', async () => {
    const guide = await mountGuide({topic: index.topics[0].slug});
    const slot = $<HTMLSlotElement>(guide, 'slot[name="local-help"]');
    const section = slot.closest('.section')!;
    expect(section.querySelector('h3')!.id).to.equal('get-help');
    expect(slot.assignedNodes()).to.deep.equal([]);
    // With nothing from the host, the section is exactly as tall as with no slot at all.
    const height = () => section.getBoundingClientRect().height;
    const withEmptySlot = height();
    const stand = document.createComment('');
    slot.replaceWith(stand);
    expect(height()).to.equal(withEmptySlot);
    stand.replaceWith(slot);
    // What the host gives shows there, after the section's own text.
    const local = document.createElement('p');
    local.slot = 'local-help';
    local.textContent = 'Our family support line is open on weekdays.';
    guide.append(local);
    expect(slot.assignedNodes()).to.deep.equal([local]);
    const lastOwn = [...section.children].filter((child) => child !== slot).at(-1)!;
    expect(local.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(local.getBoundingClientRect().top).to.be.at.least(lastOwn.getBoundingClientRect().bottom);
    local.remove();
  });
});

describe('heading-level', () => {
  for (const [value, expected] of [
    [undefined, 2],
    ['1', 1],
    ['4', 4],
    ['6', 6],
    ['0', 2],
    ['7', 2],
    ['two', 2],
    ['2.5', 2],
  ] as const) {
    it(`uses h${expected} for the top heading when heading-level is ${value ?? 'absent'}`, async () => {
      const guide = await mountGuide(
        value === undefined ? {topic: index.topics[0].slug} : {'heading-level': value, topic: index.topics[0].slug}
      );
      expect($(guide, '.view-heading').tagName).to.equal(`H${expected}`);
      if (value !== undefined && String(expected) !== value)
        takeWarnings(new RegExp(`heading-level "${value}" is not a whole number from 1 to 6`));
      const sectionLevel = Math.min(6, expected + 1);
      for (const section of $$(guide, '.section > :first-child')) expect(section.tagName).to.equal(`H${sectionLevel}`);
    });
  }
});

describe('language and direction', () => {
  it('sets lang and dir on its own root, taking lang from the nearest ancestor', async () => {
    const wrapper = document.createElement('div');
    wrapper.lang = 'en-GB';
    document.body.append(wrapper);
    try {
      const guide = await mountGuide({}, wrapper);
      const root = $(guide, '.root');
      expect(root.lang).to.equal('en');
      expect(root.dir).to.equal('ltr');
    } finally {
      wrapper.remove();
    }
  });

  it('falls back to English for a language it does not have yet', async () => {
    const guide = await mountGuide({lang: 'xx'});
    expect($(guide, '.root').lang).to.equal('en');
    takeWarnings(/there is no translation for lang "xx", so English is used/);
    expect($$(guide, '.topic-row').length).to.equal(index.topics.length);
  });
});

describe('glossary terms', () => {
  it('opens and closes a plain definition from a button with aria-expanded', async () => {
    const withTerm = index.topics[0];
    const guide = await mountGuide({topic: withTerm.slug});
    const term = $<HTMLButtonElement>(guide, 'button.term');
    const definition = $(guide, `#${term.getAttribute('aria-controls')}`);
    expect(term.getAttribute('aria-expanded')).to.equal('false');
    expect(definition.hidden).to.equal(true);
    term.focus();
    await sendKeys({press: 'Enter'});
    await guide.updateComplete;
    expect(term.getAttribute('aria-expanded')).to.equal('true');
    expect(definition.hidden).to.equal(false);
    expect(definition.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(text(definition).length).to.be.greaterThan(text(term).length);
    await sendKeys({press: ' '});
    await guide.updateComplete;
    expect(term.getAttribute('aria-expanded')).to.equal('false');
    expect(definition.hidden).to.equal(true);
  });
});

describe('My list in the guide', () => {
  it("shows the reader's list before the topics to choose from, and keeps that order while they tick", async () => {
    const {list} = await guideWithList();
    const root = list.shadowRoot!;
    const before = (a: string, b: string) =>
      Boolean(
        root.querySelector(a)!.compareDocumentPosition(root.querySelector(b)!) & Node.DOCUMENT_POSITION_FOLLOWING
      );
    expect(before('.list', '.picker'), 'the list comes first').to.equal(true);
    root.querySelector<HTMLElement>('details summary')!.click();
    await waitUntil(() => root.querySelector('details[open] .choices input'), 'the questions of a topic');
    root.querySelector<HTMLInputElement>('details[open] .choices input:not(:checked)')!.click();
    await (list as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
    expect(before('.list', '.picker'), 'still first').to.equal(true);
  });
});

describe('keyboard', () => {
  /** Presses a key and waits for the view it opens. */
  async function pressAndWait(guide: Element, key: string): Promise<void> {
    const shown = nextViewChange(guide);
    await sendKeys({press: key});
    await shown;
    await (guide as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
  }

  it('moves through list, topic, next topic and back with real key presses, focusing each new heading, then the row the reader came from', async () => {
    const guide = await mountGuide();
    await tabTo((el) => el.classList.contains('topic-row'));
    await pressAndWait(guide, 'Enter');
    expect(deepActiveElement()).to.equal($(guide, '.view-heading'));
    expect(text($(guide, '.view-heading'))).to.equal(index.topics[0].title);

    await tabTo((el) => el.classList.contains('next'));
    await pressAndWait(guide, 'Enter');
    expect(deepActiveElement()).to.equal($(guide, '.view-heading'));
    expect(text($(guide, '.view-heading'))).to.equal(index.topics[1].title);

    await shiftTab();
    expect(deepActiveElement()).to.equal($(guide, '.back'));
    await pressAndWait(guide, ' ');
    // "All topics" goes back to the topic the reader came from, not to the top of the list.
    expect(deepActiveElement()?.id).to.equal(`row-${index.topics[1].slug}`);
  });
});

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  it('has no violations on the topic list', async () => {
    const guide = await mountGuide();
    expect(await axeViolations(guide)).to.deep.equal([]);
  });

  it('has no violations on the unknown-topic message', async () => {
    const guide = await mountGuide({topic: 'no-such-topic'});
    expect(await axeViolations(guide)).to.deep.equal([]);
    takeWarnings(/there is no topic "no-such-topic"/);
  });

  it('has no violations on any topic, with every glossary term open', async function () {
    this.timeout(180000);
    for (const topic of index.topics) {
      const guide = await mountGuide({topic: topic.slug});
      expect(await axeViolations(guide), `${topic.slug}, terms closed`).to.deep.equal([]);
      for (const term of $$<HTMLButtonElement>(guide, 'button.term')) term.click();
      await guide.updateComplete;
      expect(await axeViolations(guide), `${topic.slug}, terms open`).to.deep.equal([]);
      guide.remove();
    }
  });
});

describe('host page safety', () => {
  it('uses no style attributes anywhere in its shadow tree', async () => {
    for (const topic of index.topics) {
      const guide = await mountGuide({topic: topic.slug});
      for (const term of $$<HTMLButtonElement>(guide, 'button.term')) term.click();
      await guide.updateComplete;
      expect($$(guide, '[style]').length, topic.slug).to.equal(0);
      guide.remove();
    }
  });

  it("keeps body text at the reader's size and style under hostile host CSS", async () => {
    const hostile = document.createElement('style');
    hostile.textContent = `html { font-size: 62.5%; }
      body { line-height: 1; letter-spacing: 2px; text-transform: uppercase; }
      * { box-sizing: content-box; }
      button { all: unset; }`;
    document.head.append(hostile);
    try {
      const guide = await mountGuide({topic: index.topics[0].slug});
      const paragraph = $(guide, '.section p');
      const style = getComputedStyle(paragraph);
      expect(parseFloat(style.fontSize)).to.be.at.least(16);
      expect(style.textTransform).to.equal('none');
      expect(style.letterSpacing).to.equal('normal');
      expect(parseFloat(style.lineHeight) / parseFloat(style.fontSize)).to.be.at.least(1.4);
      const back = $(guide, '.back');
      // Reached with the keyboard, so the focus ring shows: to the next control and back.
      back.focus();
      await sendKeys({press: 'Tab'});
      await shiftTab();
      expect(deepActiveElement()?.className).to.equal('back');
      const focused = getComputedStyle(deepActiveElement()!);
      expect(focused.outlineStyle).to.equal('solid');
      expect(parseFloat(focused.outlineWidth)).to.be.at.least(2);
    } finally {
      hostile.remove();
    }
  });
});
