import {expect} from '@open-wc/testing';
import {locales} from 'virtual:build-info';
import {axeViolations, builtData, inFirefox} from '../../helpers.js';
import type {LocaleIndex} from '../../../src/content/types.js';

// Every static page in dist/pages/, in every locale, in a real browser: axe, with the same rules as the guide's.
// Chromium checks all of them. The pages are plain HTML from one template, so Firefox checks each locale's list of
// topics and its longest topic only: 22 pages, not 242, which keeps the suite's longest file in bounds.
async function violationsOf(path: string): Promise<string[]> {
  const frame = document.createElement('iframe');
  frame.title = path;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  try {
    expect(frame.contentDocument!.querySelector('main'), `${path} has no main`).to.not.equal(null);
    return (await axeViolations(frame.contentDocument!.documentElement)).map((v) => `${path}: ${v}`);
  } finally {
    frame.remove();
  }
}

describe('the static pages', () => {
  for (const locale of locales)
    it(`${locale}: the list of topics and every topic page are axe-clean`, async function () {
      this.timeout(300000);
      const {topics} = await builtData<LocaleIndex>(`${locale}/index.json`);
      const slugs = inFirefox ? ['care-proceedings'] : topics.map((topic) => topic.slug);
      const pages = ['index', ...slugs].map((name) => `/dist/pages/${locale}/${name}.html`);
      const found: string[] = [];
      for (const page of pages) found.push(...(await violationsOf(page)));
      expect(found).to.deep.equal([]);
    });
});
