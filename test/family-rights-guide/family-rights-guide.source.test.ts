import '../lit-dev-mode.js';
import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../src/index.js';
import {loadTopic} from '../../src/content/content-store.js';
import type {LocaleIndex} from '../../src/content/types.js';
import type {FamilyRightsGuide} from '../../src/family-rights-guide/family-rights-guide.js';
import {myList} from '../../src/my-list/my-list-store.js';
import {
  $,
  $$,
  consoleProblems,
  deepActiveElement,
  englishIndex,
  nextViewChange,
  takeWarnings,
  waitFor,
} from '../helpers.js';
import {
  backFromCache,
  failRequests,
  here,
  holdRequests,
  hostPage,
  pressShift,
  removeHostPages,
  resetAddress,
  restoreFetch,
  text,
} from '../source-helpers.js';

let index: LocaleIndex;
before(async () => (index = await englishIndex()));
beforeEach(() => (consoleProblems.length = 0));
afterEach(() => {
  restoreFetch();
  document.querySelectorAll('family-rights-guide').forEach((element) => element.remove());
  removeHostPages();
  resetAddress();
  myList.clear();
  expect(consoleProblems, 'console errors and warnings').to.deep.equal([]);
});

/** Adds a guide built from src/ to the page, and waits for its first view. Its events name the open topic. */
async function mount(attributes: Record<string, string> = {}, parent: Element = document.body) {
  const guide = document.createElement('family-rights-guide');
  for (const [name, value] of Object.entries({'report-topic': '', ...attributes})) guide.setAttribute(name, value);
  const shown = nextViewChange(guide);
  parent.append(guide);
  await shown;
  await guide.updateComplete;
  return guide;
}

/** Does something in the guide and waits for the view it leads to. */
async function andShown(guide: FamilyRightsGuide, action: () => unknown) {
  const shown = nextViewChange(guide);
  await action();
  const detail = await shown;
  await guide.updateComplete;
  return detail;
}

const heading = (guide: FamilyRightsGuide) => text($(guide, '.view-heading'));

describe('the guide, from source: reading', () => {
  it('lists every topic, and opens one from the keyboard, moving focus to its heading', async () => {
    const guide = await mount();
    expect(heading(guide)).to.equal('Where are you now?');
    expect($$(guide, '.row-title').map(text)).to.deep.equal(index.topics.map((t) => t.title));
    $(guide, '.topic-row').focus();
    expect(await andShown(guide, () => sendKeys({press: 'Enter'}))).to.deep.equal({
      view: 'topic',
      topic: index.topics[0].slug,
      locale: 'en',
    });
    expect(heading(guide)).to.equal(index.topics[0].title);
    expect(deepActiveElement()).to.equal($(guide, '.view-heading'));
  });

  it('goes to the next and previous topics, and back to all topics, as the host page asks too', async () => {
    const [first, second, third] = index.topics;
    const guide = await mount({topic: second.slug});
    expect((await andShown(guide, () => $(guide, '.pager-link.next').click())).topic).to.equal(third.slug);
    expect((await andShown(guide, () => $(guide, '.pager-link.previous').click())).topic).to.equal(second.slug);
    expect((await andShown(guide, () => $(guide, '.pager-all').click())).view).to.equal('topics');
    expect((await andShown(guide, () => guide.setAttribute('topic', first.slug))).topic).to.equal(first.slug);
    expect(guide.shadowRoot!.querySelector('.pager-link.previous'), 'nothing before the first').to.equal(null);
    expect(deepActiveElement()).to.equal($(guide, '.view-heading'));
    expect((await andShown(guide, () => $(guide, '.back').click())).view).to.equal('topics');
  });

  it('opens a glossary definition, and takes the reader to a cited source without changing the address', async () => {
    const guide = await mount({topic: 'section-20'});
    const term = $<HTMLButtonElement>(guide, 'button.term');
    const definition = $(guide, `#${term.getAttribute('aria-controls')}`);
    term.click();
    await guide.updateComplete;
    expect([term.getAttribute('aria-expanded'), definition.hidden]).to.deep.equal(['true', false]);
    term.click();
    await guide.updateComplete;
    expect(definition.hidden).to.equal(true);
    const cite = $<HTMLAnchorElement>(guide, '.cite a');
    expect(cite.getAttribute('aria-label')).to.equal(`source ${text(cite)}`);
    cite.click();
    expect(deepActiveElement()).to.equal($(guide, `#source-${text(cite)}`));
    expect(location.href).to.equal(here);
  });

  it('warns once about an unknown topic, a language it does not have and a bad heading level, and still works', async () => {
    const guide = await mount({topic: 'no-such-topic', lang: 'xx', 'heading-level': 'nine'});
    expect(text($(guide, '.notice'))).to.equal('We could not find that topic. Here are all the topics.');
    expect($(guide, '.view-heading').localName).to.equal('h2');
    expect($(guide, '.root').lang).to.equal('en');
    takeWarnings(
      /family-rights-guide: there is no translation for lang "xx", so English is used\./,
      /family-rights-guide: there is no topic "no-such-topic", so the list of topics is shown\./,
      /family-rights-guide: heading-level "nine" is not a whole number from 1 to 6, so 2 is used\./
    );
    await andShown(guide, () => $(guide, '.topic-row').click());
    expect(consoleProblems, 'each warning only once').to.deep.equal([]);
  });

  it('puts its top heading at the level the host page asks for', async () => {
    for (const level of ['1', '6']) {
      const guide = await mount({'heading-level': level, topic: 'adoption'});
      expect($(guide, '.view-heading').localName).to.equal(`h${level}`);
      expect($(guide, '.sources > :first-child').localName, 'the level below, at most 6').to.equal(
        `h${Math.min(6, Number(level) + 1)}`
      );
    }
  });

  it('takes a number set on the headingLevel property, as Vue sets it, without a warning', async () => {
    const guide = await mount({topic: 'adoption'});
    guide.headingLevel = 3;
    await guide.updateComplete;
    expect($(guide, '.view-heading').localName).to.equal('h3');
    expect(consoleProblems).to.deep.equal([]);
  });
});

describe('the guide, from source: my list', () => {
  it('adds questions from a topic, counts them, and shows the list inside the guide with focus on it', async () => {
    const guide = await mount({topic: 'section-20'});
    const counts: number[] = [];
    guide.addEventListener('frg-checklist-change', (event) => counts.push(event.detail.count));
    const [one, two] = $$<HTMLButtonElement>(guide, '.add-question');
    expect(guide.shadowRoot!.querySelector('.my-list-button'), 'no "My list" while it is empty').to.equal(null);
    one.click();
    await guide.updateComplete;
    expect(text(one)).to.equal('On my list – remove');
    expect(text($(guide, '.see-list')), 'the way to the list, beside the question just added').to.equal(
      'See my list (1)'
    );
    expect(text($(guide, '.my-list-button'))).to.equal('My list: 1 question');
    two.click();
    await guide.updateComplete;
    expect(text($(guide, '.my-list-button'))).to.equal('My list: 2 questions');
    expect($$(guide, '.see-list').map(text), 'beside the latest only').to.deep.equal(['See my list (2)']);
    expect(counts).to.deep.equal([1, 2]);
    expect(await andShown(guide, () => $(guide, '.see-list').click())).to.deep.equal({
      view: 'checklist',
      topic: null,
      locale: 'en',
    });
    const list = $(guide, 'rights-checklist');
    await waitFor(() => list.shadowRoot!.querySelectorAll('.items .question').length === 2, 'the two questions');
    await waitFor(() => deepActiveElement() === list.shadowRoot!.querySelector('.view-heading'), 'focus on the list');
    expect((await andShown(guide, () => $(guide, '.back').click())).topic).to.equal('section-20');
    expect(deepActiveElement()).to.equal($(guide, '.view-heading'));
  });

  it('prints the guide alone, with the list in it, and gives the host page back after', async () => {
    const column = hostPage();
    const guide = await mount({topic: 'section-20'}, column);
    $(guide, '.add-question').click();
    await guide.updateComplete;
    await andShown(guide, () => $(guide, '.my-list-button').click());
    const list = $(guide, 'rights-checklist');
    const print = await waitFor(
      () => [...list.shadowRoot!.querySelectorAll('.actions button')].find((b) => text(b) === 'Print'),
      'the Print button'
    );
    const realPrint = window.print;
    let printed = {root: false, path: false, sheets: 0};
    window.print = () =>
      (printed = {
        root: guide.hasAttribute('data-frg-print-root'),
        path: column.hasAttribute('data-frg-print-path'),
        sheets: document.adoptedStyleSheets.length,
      });
    try {
      (print as HTMLButtonElement).click();
    } finally {
      window.print = realPrint;
    }
    expect(printed).to.deep.equal({root: true, path: true, sheets: 1});
    window.dispatchEvent(new Event('afterprint'));
    expect([
      guide.hasAttribute('data-frg-print-root'),
      column.hasAttribute('data-frg-print-path'),
      document.adoptedStyleSheets.length,
    ]).to.deep.equal([false, false, 0]);
  });
});

describe('the guide, from source: languages', () => {
  it('shows a draft translation with a notice, in English on request, and back', async () => {
    const guide = await mount({lang: 'pl', topic: 'section-20'});
    expect($(guide, '.root').lang).to.equal('pl');
    expect(text($(guide, '.draft-notice'))).to.contain('nie zostało jeszcze sprawdzone');
    expect(await andShown(guide, () => $(guide, '.draft-notice button').click())).to.deep.equal({
      view: 'topic',
      topic: 'section-20',
      locale: 'en',
    });
    expect(text($(guide, '.show-english'))).to.equal('Pokaż po polsku');
    expect(guide.shadowRoot!.querySelector('.draft-notice')).to.equal(null);
    expect((await andShown(guide, () => $(guide, '.show-english').click())).locale).to.equal('pl');
  });

  it('switches language from the picker, keeps the list open, and lets a new lang from the page win', async () => {
    const guide = await mount();
    const choose = (code: string) => {
      $<HTMLSelectElement>(guide, '#language').value = code;
      $<HTMLButtonElement>(guide, '.change-language').click();
    };
    expect((await andShown(guide, () => choose('ar'))).locale).to.equal('ar');
    expect($(guide, '.root').dir).to.equal('rtl');
    await andShown(guide, () => $(guide, '.topic-row').click());
    $(guide, '.add-question').click();
    await guide.updateComplete;
    await andShown(guide, () => $(guide, '.my-list-button').click());
    expect(await andShown(guide, () => choose('ro'))).to.deep.equal({view: 'checklist', topic: null, locale: 'ro'});
    expect((await andShown(guide, () => guide.setAttribute('lang', 'ur'))).locale).to.equal('ur');
    expect($(guide, '.root').lang).to.equal('ur');
  });

  it('follows the page’s language when it has none of its own, keeping the topic', async () => {
    const page = hostPage('en-GB');
    const guide = await mount({topic: 'adoption'}, page);
    expect(await andShown(guide, () => (page.lang = 'ro'))).to.deep.equal({
      view: 'topic',
      topic: 'adoption',
      locale: 'ro',
    });
  });
});

describe('the guide, from source: problems loading', () => {
  it('paints a first view whose data comes at once only when its text is there: no "Loading" message comes and goes', async () => {
    // The first guide brings the topic's files; the second finds them on the page, as quick as data comes.
    await mount({topic: 'kinship-care'});
    const guide = document.createElement('family-rights-guide');
    guide.setAttribute('topic', 'kinship-care');
    const painted: string[] = [];
    const shown = nextViewChange(guide);
    document.body.append(guide);
    new MutationObserver((records) => {
      for (const record of records) for (const node of record.addedNodes) painted.push(node.textContent!.trim());
    }).observe(guide.shadowRoot!, {childList: true, subtree: true});
    await shown;
    await guide.updateComplete;
    expect(guide.shadowRoot!.querySelector('article h2')).to.exist;
    expect(painted.filter((added) => added.includes('Loading'))).to.deep.equal([]);
  });

  it('says it is loading when the first view’s data is slow, and shows the topic when it comes', async function () {
    this.timeout(40000);
    // A topic no other test here opens, so it is not on the page already.
    const slow = holdRequests(/\/ro\/seeing-your-records\./);
    const guide = document.createElement('family-rights-guide');
    guide.setAttribute('lang', 'ro');
    guide.setAttribute('topic', 'seeing-your-records');
    document.body.append(guide);
    const loading = await waitFor(() => guide.shadowRoot!.querySelector('.loading'), 'the loading message');
    expect(text(loading)).to.equal('Loading the guide…');
    expect(slow.count, 'the topic was still on its way').to.equal(1);
    expect(guide.shadowRoot!.querySelector('article')).to.equal(null);
    const shown = nextViewChange(guide);
    slow.release();
    await shown;
    await guide.updateComplete;
    expect(guide.shadowRoot!.querySelector('article h2')).to.exist;
    expect(guide.shadowRoot!.querySelector('.loading')).to.equal(null);
  });

  it('says calmly that it could not load, shows the host’s fallback, and tries again', async () => {
    failRequests(/\/en\/staying-safe-online\./);
    const guide = document.createElement('family-rights-guide');
    guide.setAttribute('report-topic', '');
    guide.setAttribute('topic', 'staying-safe-online');
    guide.innerHTML = '<a href="/static-guide">Read the guide as a web page</a>';
    document.body.append(guide);
    const problem = await waitFor(() => guide.shadowRoot!.querySelector('.load-problem'), 'the problem');
    expect(problem.getAttribute('role')).to.equal('alert');
    expect(text(problem)).to.contain('Sorry, the guide could not load.');
    expect(problem.querySelector('slot')!.assignedElements()).to.deep.equal([guide.firstElementChild]);
    expect(guide.shadowRoot!.querySelector('.toolbar'), 'nothing had loaded to go back to').to.equal(null);
    takeWarnings(/family-rights-guide: the guide could not load\. TypeError: Failed to fetch/);
    restoreFetch();
    expect((await andShown(guide, () => $(guide, '.retry').click())).topic).to.equal('staying-safe-online');
    expect(guide.shadowRoot!.querySelector('.load-problem')).to.equal(null);
  });

  it('keeps the way back to all topics when a topic fails to load', async () => {
    const guide = await mount();
    failRequests(/\/en\/complaints\./);
    guide.setAttribute('topic', 'complaints');
    await waitFor(() => guide.shadowRoot!.querySelector('.load-problem'), 'the problem');
    expect($(guide, '.toolbar')).to.exist;
    takeWarnings(/the guide could not load/);
    restoreFetch();
    expect((await andShown(guide, () => $(guide, '.back').click())).view).to.equal('topics');
  });

  it('says when loading takes longer than usual, keeps waiting, and shows the page when it comes', async function () {
    this.timeout(40000);
    const slow = holdRequests(/\/en\/emergency\./);
    const guide = await mount();
    guide.setAttribute('topic', 'emergency');
    const problem = await waitFor(() => guide.shadowRoot!.querySelector('.load-problem'), 'the slow message');
    expect(text(problem)).to.contain('This is taking longer than usual.');
    expect(await andShown(guide, () => slow.release())).to.deep.equal({
      view: 'topic',
      topic: 'emergency',
      locale: 'en',
    });
    expect(guide.shadowRoot!.querySelector('.load-problem')).to.equal(null);
  });

  it('shows the latest topic asked for when an earlier one arrives after it', async () => {
    const slow = holdRequests(/\/en\/extra-support\./);
    const guide = await mount();
    const views: (string | null)[] = [];
    guide.addEventListener('frg-view-change', (event) => views.push(event.detail.topic));
    guide.setAttribute('topic', 'extra-support');
    await waitFor(() => slow.count, 'the first request');
    await andShown(guide, () => guide.setAttribute('topic', 'early-help'));
    slow.release();
    // The late topic arrives, and is dropped: wait for the same data, then a frame for the guide to handle it.
    await loadTopic('en', 'extra-support');
    await new Promise(requestAnimationFrame);
    await guide.updateComplete;
    expect(views).to.deep.equal(['early-help']);
    expect(heading(guide)).to.equal(index.topics.find((t) => t.slug === 'early-help')!.title);
  });
});

describe('the guide, from source: quick exit', () => {
  it('is on with the attribute, whatever its value, except "false", as Vue and Svelte write it, which warns once', async () => {
    for (const value of ['', 'quick-exit', 'true']) {
      const guide = await mount({'quick-exit': value});
      expect(guide.quickExit, `quick-exit="${value}"`).to.equal(true);
      expect($(guide, '.exit-bar'), `quick-exit="${value}"`).to.exist;
      guide.remove();
    }
    const off = await mount({'quick-exit': 'false'});
    const again = await mount({'quick-exit': ' FALSE '});
    for (const guide of [off, again]) {
      expect(guide.quickExit).to.equal(false);
      expect(guide.shadowRoot!.querySelector('.exit-bar')).to.equal(null);
    }
    // Once a page, for both.
    takeWarnings(/quick-exit="false" turns quick exit off/);
    off.setAttribute('quick-exit', '');
    await off.updateComplete;
    expect($(off, '.exit-bar')).to.exist;
  });

  it('counts Shift presses aloud, then hides and forgets everything and leaves; back, it starts afresh', async () => {
    const guide = await mount({'quick-exit': '', 'exit-url': `${here}#guide-exit`, topic: 'section-20'});
    $(guide, '.add-question').click();
    const status = $(guide, '.exit-bar [role="status"]');
    await pressShift();
    await waitFor(() => text(status) === 'Shift, press 2 more times to exit.', 'the first announcement');
    await pressShift();
    await waitFor(() => text(status) === 'Shift, press 1 more time to exit.', 'the second announcement');
    $(guide, 'a.exit').click();
    expect(location.hash).to.equal('#guide-exit');
    expect([guide.hidden, $(guide, '.root').hidden, myList.count]).to.deep.equal([true, true, 0]);
    expect(await andShown(guide, backFromCache)).to.deep.equal({view: 'topics', topic: null, locale: 'en'});
    expect([guide.hidden, $(guide, '.root').hidden]).to.deep.equal([false, false]);
    expect(guide.shadowRoot!.querySelector('.my-list-button'), 'the list is empty again').to.equal(null);
  });

  it('goes to the default exit address, with one warning, when exit-url is not https:', async () => {
    const guide = await mount({'quick-exit': '', 'exit-url': 'javascript:alert(1)'});
    expect($<HTMLAnchorElement>(guide, 'a.exit').href).to.equal('https://www.bbc.co.uk/weather');
    takeWarnings(/exit-url "javascript:alert\(1\)" is not an https: address/);
  });
});
