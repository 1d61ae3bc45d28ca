import '../lit-dev-mode.js';
import {expect} from '@open-wc/testing';
import {render} from 'lit';
import {renderTopicSources} from '../../src/content/topic-sources.js';
import type {Topic} from '../../src/content/types.js';

const topic: Topic = {
  slug: 'section-20',
  title: 'Section 20',
  summary: 'By agreement.',
  lastUpdated: '2026-12-02',
  dateText: 'date 2026-12-02',
  sources: [
    {
      id: 'ca1989-s20',
      kind: 'law',
      title: 'Children Act 1989, section 20',
      url: 'https://www.legislation.gov.uk/ukpga/1989/41/section/20',
    },
    {id: 'wt2023', kind: 'statutory-guidance', title: 'Working Together 2023', url: 'https://www.gov.uk/'},
  ],
  body: [],
  glossary: {},
};

function show(data: Topic): HTMLElement {
  const container = document.createElement('div');
  render(renderTopicSources(data, 2), container);
  return container;
}

const line = (container: HTMLElement) =>
  container.querySelector('.last-updated')?.textContent?.replace(/\s+/g, ' ').trim();

describe('the end of a topic: sources and dates', () => {
  it('numbers the sources so that citations can point to them', () => {
    const items = show(topic).querySelectorAll('ol li');
    expect([...items].map((li) => li.id)).to.deep.equal(['source-1', 'source-2']);
    expect(items[1].querySelector('a')?.href).to.equal('https://www.gov.uk/');
  });

  it('says "Last updated", never "checked", when no review of this text is recorded', () => {
    const container = show(topic);
    expect(line(container)).to.equal('Last updated: date 2026-12-02');
    expect(container.textContent).not.to.match(/checked/i);
  });

  it('says who checked it, and when, only with a recorded review', () => {
    const container = show({
      ...topic,
      reviewed: {role: 'family-law-adviser', date: '2026-11-30'},
      dateText: 'date 2026-11-30',
    });
    expect(line(container)).to.equal('Checked by a family law adviser on date 2026-11-30');
    expect(container.querySelector('time')?.dateTime).to.equal('2026-11-30');
  });

  it('keeps the English titles of the sources of a translation marked as English', () => {
    const list = show({...topic, translation: 'draft'}).querySelector('ol');
    expect(list?.lang).to.equal('en');
    expect(show(topic).querySelector('ol')?.hasAttribute('lang')).to.equal(false);
  });
});
