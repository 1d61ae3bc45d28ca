import '../lit-dev-mode.js';
import {expect} from '@open-wc/testing';
import {matchLocale, resolveLocale} from '../../src/content/content-store.js';
import {headingLevelFrom} from '../../src/content/heading.js';
import {DEFAULT_EXIT_URL, exitAddress} from '../../src/quick-exit/quick-exit.js';

describe('small helpers (unit)', () => {
  it('matches a language tag to the locales there are: exact, then base language, then the fallback', () => {
    const available = ['en', 'pl', 'ar'];
    expect(matchLocale('pl-PL', available, 'en')).to.equal('pl');
    expect(matchLocale('AR', available, 'en')).to.equal('ar');
    expect(matchLocale('cy', available, 'en')).to.equal('en');
    const warnings: string[] = [];
    expect(resolveLocale('cy', available, 'en', (m) => warnings.push(m))).to.equal('en');
    expect(resolveLocale('en-GB', available, 'en', (m) => warnings.push(m))).to.equal('en');
    expect(warnings).to.deep.equal(['there is no translation for lang "cy", so English is used.']);
  });

  it('reads heading-level as 1 to 6, and 2 for anything else', () => {
    expect(
      ['1', '6', ' 3 ', '0', '7', '2.5', '3.0', '03', '+3', 'two', '', undefined, null].map((v) => headingLevelFrom(v))
    ).to.deep.equal([1, 6, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2]);
  });

  it('accepts only absolute http: and https: exit addresses, warning about anything else', () => {
    const warnings: string[] = [];
    const warn = (message: string) => warnings.push(message);
    expect(exitAddress('https://www.google.com/webhp', warn)).to.equal('https://www.google.com/webhp');
    expect(exitAddress(undefined, warn)).to.equal(DEFAULT_EXIT_URL);
    expect(exitAddress('javascript:alert(1)', warn)).to.equal(DEFAULT_EXIT_URL);
    expect(exitAddress('/relative', warn)).to.equal(DEFAULT_EXIT_URL);
    expect(exitAddress('http://example.org/', warn), 'http: on the web').to.equal(DEFAULT_EXIT_URL);
    expect(exitAddress('http://localhost:8000/next', warn), 'http: while building').to.equal(
      'http://localhost:8000/next'
    );
    expect(warnings).to.have.length(3);
  });
});
