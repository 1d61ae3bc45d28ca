import '../lit-dev-mode.js';
import {expect} from '@open-wc/testing';
import {nearestLang, today} from '../../src/i18n/locale.js';

afterEach(() => document.querySelectorAll('.test-host-page').forEach((element) => element.remove()));

describe('the language of an element, and dates (unit)', () => {
  it('takes an element’s own lang, then the nearest ancestor’s, across shadow roots', () => {
    const page = document.createElement('div');
    page.className = 'test-host-page';
    page.lang = 'pl';
    const host = document.createElement('div');
    page.append(host);
    document.body.append(page);
    const inner = document.createElement('span');
    host.attachShadow({mode: 'open'}).append(inner);
    expect(nearestLang(inner)).to.equal('pl');
    host.lang = 'ar';
    expect(nearestLang(inner)).to.equal('ar');
    inner.lang = 'ur';
    expect(nearestLang(inner)).to.equal('ur');
  });

  it('finds no lang when nothing up to the document has one', () => {
    const html = document.documentElement;
    const pageLang = html.getAttribute('lang');
    html.removeAttribute('lang');
    try {
      const loose = document.createElement('div');
      loose.className = 'test-host-page';
      document.body.append(loose);
      expect(nearestLang(loose)).to.equal(undefined);
      expect(nearestLang(document.createElement('span')), 'not on any page').to.equal(undefined);
    } finally {
      if (pageLang !== null) html.setAttribute('lang', pageLang);
    }
  });

  it('writes today’s date the British way in English, in the reader’s own time zone, with Western digits in every language', () => {
    const now = new Date();
    const month = now.toLocaleDateString('en-GB', {month: 'long'});
    expect(today('en')).to.equal(`${now.getDate()} ${month} ${now.getFullYear()}`);
    expect(today('pl')).to.match(new RegExp(`^${now.getDate()} \\p{L}+ ${now.getFullYear()}`, 'u'));
    for (const locale of ['ar', 'ur']) {
      expect(today(locale), locale).to.contain(String(now.getFullYear()));
      expect(today(locale), locale).not.to.match(/[\u0660-\u0669\u06F0-\u06F9]/);
    }
  });
});
