import '../lit-dev-mode.js';
import {expect} from '@open-wc/testing';
import {msg, str} from '@lit/localize';
import {render} from 'lit';
import {asPlainText, inLocale, installInterfaceStrings, loadInterfaceStrings} from '../../src/i18n/strings.js';
import {loadStrings} from '../../src/content/content-store.js';
import type {LocaleStrings} from '../../src/content/types.js';
import {restoreFetch, rewriteData} from '../source-helpers.js';

before(() => installInterfaceStrings());

/** What a reader sees when `message` is rendered: its text, and the lang and dir of any part marked. */
function shown(message: unknown): {text: string; marked: string[]} {
  const container = document.createElement('div');
  render(message, container);
  return {
    text: container.textContent!.trim(),
    marked: [...container.querySelectorAll('[lang]')].map(
      (el) => `${el.getAttribute('lang')} ${el.getAttribute('dir')}`
    ),
  };
}

describe('interface strings in each element’s language (unit)', () => {
  it('answers in English, as written, for the source locale', async () => {
    await loadInterfaceStrings('en');
    expect(inLocale('en', () => msg('Try again'))).to.equal('Try again');
    expect(msg('Try again'), 'outside any element').to.equal('Try again');
  });

  it('answers in English until a locale’s strings have loaded, then in that locale', async () => {
    expect(inLocale('ro', () => msg('Try again'))).to.equal('Try again');
    await loadInterfaceStrings('pl');
    expect(inLocale('pl', () => msg('Try again'))).to.equal('Spróbuj ponownie');
  });

  it('puts numbers where the translation puts them', async () => {
    await loadInterfaceStrings('pl');
    const count = 3;
    expect(inLocale('pl', () => msg(str`My list: ${count} question`))).to.equal('Moja lista: 3 pytanie');
    expect(inLocale('pl', () => msg(str`${count} question picked`))).to.equal('3 wybrane pytanie');
  });

  it('shows English, marked, when a translation asks for a value the message does not have', async () => {
    // Strings files list each message in the order of the English ones.
    const place = (await loadStrings('en')).en!.findIndex(
      (m) => Array.isArray(m) && m.join('|') === 'My list: |0| question'
    );
    expect(place).to.be.at.least(0);
    await rewriteData('ro/strings.json', (strings: LocaleStrings) => ({
      ...strings,
      own: strings.own!.map((message, i) => (i === place ? ['Lista mea: ', 1] : message)),
    }));
    try {
      await loadInterfaceStrings('ro');
    } finally {
      await restoreFetch();
    }
    const count = 3;
    expect(shown(inLocale('ro', () => msg(str`My list: ${count} question`)))).to.deep.equal({
      text: 'My list: 3 question',
      marked: ['en ltr'],
    });
  });

  it('marks a string the translation lacks as English, left to right; plain text where markup cannot go', async () => {
    await loadInterfaceStrings('ar');
    const missing = () => msg('A sentence no translator has seen');
    expect(shown(inLocale('ar', missing))).to.deep.equal({
      text: 'A sentence no translator has seen',
      marked: ['en ltr'],
    });
    expect(inLocale('ar', () => asPlainText(missing))).to.equal('A sentence no translator has seen');
    expect(shown(inLocale('ar', () => msg('Try again'))).marked, 'a translated string is not marked').to.deep.equal([]);
  });

  it('gives each element its own language, and the page’s back afterwards, even when rendering fails', async () => {
    await loadInterfaceStrings('pl');
    const nested = inLocale('pl', () => [msg('Try again'), inLocale('en', () => msg('Try again')), msg('Try again')]);
    expect(nested).to.deep.equal(['Spróbuj ponownie', 'Try again', 'Spróbuj ponownie']);
    expect(() =>
      inLocale('pl', () =>
        asPlainText(() => {
          throw new Error('render failed');
        })
      )
    ).to.throw('render failed');
    expect(msg('Try again')).to.equal('Try again');
    expect(shown(inLocale('pl', () => msg('A sentence no translator has seen'))).marked, 'markup again').to.deep.equal([
      'en ltr',
    ]);
  });

  it('loads each locale’s strings once', async () => {
    const realFetch = window.fetch;
    const requests: string[] = [];
    window.fetch = (input, init) => {
      requests.push(String(input));
      return realFetch(input, init);
    };
    try {
      await loadInterfaceStrings('ur');
      await loadInterfaceStrings('ur');
    } finally {
      window.fetch = realFetch;
    }
    expect(requests.filter((url) => url.includes('/ur/strings.'))).to.have.length(1);
    expect(inLocale('ur', () => msg('Try again'))).not.to.equal('Try again');
  });
});
