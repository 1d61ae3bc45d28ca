import '../lit-dev-mode.js';
import {expect} from '@open-wc/testing';
import {html, render} from 'lit';
import {langDir} from '../../src/i18n/lang-dir.js';

describe('langDir (unit)', () => {
  it('marks an element with a language and its direction together, and removes both without one', () => {
    const container = document.createElement('div');
    const show = (lang?: string) => {
      render(html`<span ${langDir(lang)}>text</span>`, container);
      const span = container.querySelector('span')!;
      return [span.getAttribute('lang'), span.getAttribute('dir')];
    };
    expect(show('ar')).to.deep.equal(['ar', 'rtl']);
    expect(show('pl')).to.deep.equal(['pl', 'ltr']);
    expect(show(undefined)).to.deep.equal([null, null]);
    expect(show('xx'), 'an unknown language reads left to right').to.deep.equal(['xx', 'ltr']);
  });

  it('goes on an element only', () => {
    expect(() => render(html`<p>${langDir('en')}</p>`, document.createElement('div'))).to.throw(
      'langDir goes on an element'
    );
  });
});
