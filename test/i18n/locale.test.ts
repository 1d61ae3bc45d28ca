import '../lit-dev-mode.js';
import {expect} from '@open-wc/testing';
import {formatDate, nearestLang} from '../../src/i18n/locale.js';

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

  it('writes long dates the British way in English, and with Western digits in every language', () => {
    const date = new Date('2026-03-05T00:00:00Z');
    expect(formatDate('en', date)).to.equal('5 March 2026');
    expect(formatDate('pl', date)).to.equal('5 marca 2026');
    for (const locale of ['ar', 'ur']) {
      expect(formatDate(locale, date), locale).to.match(/2026/);
      expect(formatDate(locale, date), locale).not.to.match(/[\u0660-\u0669\u06F0-\u06F9]/);
    }
  });

  it('gives the date in UTC, so a reader west of Greenwich sees the same day', () => {
    expect(formatDate('en', new Date('2026-12-31T23:30:00Z'))).to.equal('31 December 2026');
  });
});
