import '../lit-dev-mode.js';
import {expect} from '@open-wc/testing';
import {html, render} from 'lit';
import {renderBody, type RenderContext} from '../../src/content/render-content.js';
import type {Block} from '../../src/content/types.js';

const body: Block[] = [
  {type: 'paragraph', children: ['Before any heading.']},
  {type: 'heading', level: 2, id: 'what-this-means', children: ['What this means']},
  {
    type: 'paragraph',
    children: [
      'You keep ',
      {type: 'term', id: 'pr', children: ['parental responsibility']},
      {type: 'cite', sources: [1, 3]},
      ' and ',
      {type: 'strong', children: ['your rights']},
      ', ',
      {type: 'emphasis', children: ['always']},
      '. A ',
      {type: 'term', id: 'not-defined', children: ['plain phrase']},
      '.',
    ],
  },
  {type: 'heading', level: 3, id: 'steps', children: ['Steps']},
  {type: 'list', ordered: true, items: [['First'], ['Second']]},
  {type: 'list', ordered: false, items: [['A point']]},
  {type: 'heading', level: 2, id: 'get-help', children: ['Where to get help']},
  {
    type: 'paragraph',
    children: [
      {type: 'link', href: 'tel:08088010366', children: ['0808 801 0366'], name: 'Family Rights Group advice line'},
      ' or ',
      {type: 'link', href: 'https://frg.org.uk/', children: ['the website']},
    ],
  },
  {type: 'questions', items: [{id: 'q-one', children: ['Can I ', {type: 'strong', children: ['say no']}, '?']}]},
];

/** A context that records what the reader did. */
function context(overrides: Partial<RenderContext> = {}) {
  const open = new Set<string>();
  const shownSources: number[] = [];
  const ctx: RenderContext = {
    titleLevel: 2,
    glossary: {pr: {term: 'Parental responsibility', definition: ['The rights and duties of a parent.'], lang: 'en'}},
    isTermOpen: (key) => open.has(key),
    toggleTerm: (key) => (open.has(key) ? open.delete(key) : open.add(key)),
    sourceLabel: (n) => `source ${n}`,
    showSource: (n) => shownSources.push(n),
    ...overrides,
  };
  return {ctx, open, shownSources};
}

function show(ctx: RenderContext, container: HTMLElement = document.createElement('div')): HTMLElement {
  render(renderBody(body, ctx), container);
  return container;
}

const text = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim();

describe('rendering a topic body (unit)', () => {
  it('splits the body into sections at each ## heading, with headings below the title level', () => {
    const container = show(context({titleLevel: 3}).ctx);
    const sections = [...container.querySelectorAll('.section')];
    expect(sections.map((s) => text(s.firstElementChild))).to.deep.equal([
      'Before any heading.',
      'What this means',
      'Where to get help',
    ]);
    expect([...container.querySelectorAll('h4, h5')].map((h) => `${h.localName}#${h.id}`)).to.deep.equal([
      'h4#what-this-means',
      'h5#steps',
      'h4#get-help',
    ]);
  });

  it('keeps lists, emphasis and links as they are; a phone number is a call button, left to right, named by its service', () => {
    const container = show(context().ctx);
    expect([...container.querySelectorAll('ol li')].map(text)).to.deep.equal(['First', 'Second']);
    expect(text(container.querySelector('ul:not(.questions) li'))).to.equal('A point');
    expect(text(container.querySelector('p > strong'))).to.equal('your rights');
    expect(text(container.querySelector('em'))).to.equal('always');
    const phone = container.querySelector('a.call')!;
    const site = container.querySelector('a[rel="noreferrer"]')!;
    expect([phone.getAttribute('dir'), site.getAttribute('dir')]).to.deep.equal(['ltr', null]);
    // The name says who the call rings; it contains what the button shows (WCAG 2.5.3).
    expect(text(phone)).to.equal('Family Rights Group advice line: 0808 801 0366');
    expect(phone.querySelector('.visually-hidden')!.getAttribute('lang'), 'the name is English').to.equal('en');
  });

  it('opens and closes a glossary definition from its term, and leaves a term with no definition as text', () => {
    const {ctx, open} = context();
    const container = show(ctx);
    const term = container.querySelector<HTMLButtonElement>('button.term')!;
    const definition = container.querySelector<HTMLElement>(`#${term.getAttribute('aria-controls')}`)!;
    expect([term.getAttribute('aria-expanded'), definition.hidden]).to.deep.equal(['false', true]);
    expect(definition.lang, 'an English definition in a translation is marked').to.equal('en');
    term.click();
    expect(open.size).to.equal(1);
    show(ctx, container);
    expect([term.getAttribute('aria-expanded'), definition.hidden]).to.deep.equal(['true', false]);
    expect(text(definition)).to.equal('Parental responsibility: The rights and duties of a parent.');
    expect(container.querySelectorAll('button.term')).to.have.length(1);
    expect(text(container.querySelector('.section:nth-child(2) p'))).to.contain('A plain phrase.');
  });

  it('numbers citations, names them for screen readers, and shows the source without following the link', () => {
    const {ctx, shownSources} = context();
    const container = show(ctx);
    const links = [...container.querySelectorAll<HTMLAnchorElement>('.cite a')];
    expect(text(container.querySelector('.cite'))).to.equal('1, 3');
    expect(links.map((a) => a.getAttribute('aria-label'))).to.deep.equal(['source 1', 'source 3']);
    const click = new MouseEvent('click', {bubbles: true, cancelable: true});
    links[1].dispatchEvent(click);
    expect(click.defaultPrevented).to.equal(true);
    expect(shownSources).to.deep.equal([3]);
  });

  it('adds the element’s control to each question and its content to the end of a section', () => {
    const container = show(
      context({
        questionControl: (id, textId) => html`<button aria-describedby=${textId}>Add ${id}</button>`,
        sectionEnd: (id) => html`<aside>End of ${id}</aside>`,
      }).ctx
    );
    const question = container.querySelector('.questions li')!;
    expect(question.getAttribute('data-question-id')).to.equal('q-one');
    expect(text(question.querySelector('#question-q-one'))).to.equal('Can I say no?');
    expect(question.querySelector('button')!.getAttribute('aria-describedby')).to.equal('question-q-one');
    expect([...container.querySelectorAll('aside')].map(text)).to.deep.equal([
      'End of what-this-means',
      'End of get-help',
    ]);
  });

  it('adds nothing to questions or sections when the element has nothing to add', () => {
    const container = show(context().ctx);
    expect(container.querySelector('.questions button')).to.equal(null);
    expect(container.querySelector('aside')).to.equal(null);
  });
});
