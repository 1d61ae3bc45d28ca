// Every language: axe on every topic, right-to-left layout, the language
// picker and "Show in English", draft notices, and English fallbacks marked
// with lang="en".
import {expect} from '@open-wc/testing';
import {a11ySnapshot} from '@web/test-runner-commands';
import type {LocaleIndex} from '../../src/content/types.js';
import {
  $,
  $$,
  axeViolations,
  consoleProblems,
  builtData,
  itInChromiumOnly,
  mountGuide,
  nextViewChange,
  openTopic,
  unmountAll,
  waitFor,
} from '../helpers.js';

const RTL = new Set(['ar', 'ur']);
beforeEach(() => (consoleProblems.length = 0));
afterEach(() => {
  unmountAll();
  document.querySelectorAll('iframe').forEach((frame) => frame.remove());
  expect(consoleProblems, 'console errors and warnings').to.deep.equal([]);
});

/**
 * A translated interface string, as the translator wrote it in locales/<locale>.xlf, found by its
 * English source (placeholders written as in the code, such as `${count}`) and filled in with `value`.
 */
async function translatedString(locale: string, source: string, value?: string): Promise<string> {
  const xliff = new DOMParser().parseFromString(await (await fetch(`/locales/${locale}.xlf`)).text(), 'text/xml');
  const withPlaceholders = (element: Element | null, fill?: string) =>
    [...(element?.childNodes ?? [])]
      .map((node) => (node instanceof Element ? (fill ?? node.getAttribute('equiv-text')) : node.textContent))
      .join('');
  const unit = [...xliff.querySelectorAll('trans-unit')].find(
    (candidate) => withPlaceholders(candidate.querySelector('source')) === source
  );
  if (!unit) throw new Error(`no "${source}" in locales/${locale}.xlf`);
  return withPlaceholders(unit.querySelector('target'), value);
}

const text = (element: Element) => element.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const ARABIC_SCRIPT = /[\u0600-\u06FF]/;

/** The nearest lang of a node, across the guide's shadow root. */
function nearestLang(node: Node): string {
  for (let el: Element | null = node instanceof Element ? node : node.parentElement; el;) {
    const lang = el.getAttribute('lang');
    if (lang) return lang;
    el = el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null);
  }
  return '';
}

/** The text nodes of a shadow tree, with visible text. */
function textNodes(root: Node): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.textContent!.trim() && !node.parentElement!.closest('[hidden]')) nodes.push(node as Text);
  }
  return nodes;
}

describe('languages', () => {
  it('offers the eleven languages, each named in itself and marked with its own lang', async () => {
    const guide = await mountGuide();
    const options = $$<HTMLOptionElement>(guide, '#language option');
    expect(options.map((o) => [o.value, o.lang, text(o)])).to.deep.equal([
      ['en', 'en', 'English'],
      ['ar', 'ar', 'العربية'],
      ['bn', 'bn', 'বাংলা'],
      ['lt', 'lt', 'Lietuvių'],
      ['pa', 'pa', 'ਪੰਜਾਬੀ'],
      ['pl', 'pl', 'Polski'],
      ['pt', 'pt', 'Português'],
      ['ro', 'ro', 'Română'],
      ['so', 'so', 'Soomaali'],
      ['uk', 'uk', 'Українська'],
      ['ur', 'ur', 'اردو'],
    ]);
  });

  for (const locale of ['ar', 'bn', 'lt', 'pa', 'pl', 'pt', 'ro', 'so', 'uk', 'ur']) {
    it(`${locale}: every topic is axe-clean, in ${locale} with a draft notice in that language, or in English marked as English`, async function () {
      this.timeout(240000);
      const guide = await mountGuide({lang: locale});
      const root = $(guide, '.root');
      expect(root.lang).to.equal(locale);
      const dir = RTL.has(locale) ? 'rtl' : 'ltr';
      expect(root.dir).to.equal(dir);
      expect(getComputedStyle(root).direction).to.equal(dir);
      expect(await axeViolations(guide), 'topic list').to.deep.equal([]);
      const index = await builtData<LocaleIndex>(`${locale}/index.json`);
      for (const {slug, lang} of index.topics) {
        await openTopic(guide, slug);
        for (const term of $$<HTMLButtonElement>(guide, 'button.term')) term.click();
        await (guide as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
        expect(await axeViolations(guide), slug).to.deep.equal([]);
        if (lang) {
          // Not translated yet: the English text, marked as English, and no draft notice.
          expect(lang, slug).to.equal('en');
          expect($(guide, 'article').lang, slug).to.equal('en');
          expect(guide.shadowRoot!.querySelector('.draft-notice'), slug).to.equal(null);
          continue;
        }
        const notice = $(guide, '.draft-notice');
        expect(nearestLang(notice.firstChild!)).to.equal(locale);
        expect(text(notice)).not.to.contain('has not yet been checked');
      }
    });
  }

  it('mirrors the layout in right-to-left languages', async () => {
    for (const [locale, start] of [
      ['en', 'left'],
      ['ar', 'right'],
      ['ur', 'right'],
    ] as const) {
      const guide = await mountGuide({lang: locale});
      const row = getComputedStyle($(guide, '.topic-row'));
      const [startWidth, endWidth] =
        start === 'left' ? [row.borderLeftWidth, row.borderRightWidth] : [row.borderRightWidth, row.borderLeftWidth];
      expect(parseFloat(startWidth), `${locale}: the thick border is at the start`).to.be.greaterThan(
        parseFloat(endWidth)
      );
      const toolbar = $(guide, '.toolbar').getBoundingClientRect();
      const picker = $(guide, '.language').getBoundingClientRect();
      const gap = start === 'left' ? picker.left - toolbar.left : toolbar.right - picker.right;
      expect(gap, `${locale}: the language picker sits at the start`).to.be.below(2);
      guide.remove();
    }
  });

  for (const locale of ['ar', 'bn', 'pa', 'uk']) {
    it(`marks the English in a topic written in another script (${locale}) as English, and isolated`, async () => {
      const guide = await mountGuide({lang: locale, topic: 'care-proceedings'});
      const marked = $$(guide, 'article bdi[lang="en"]');
      expect(marked.length, 'English runs marked').to.be.above(20);
      expect(marked.every((run) => run.dir === 'ltr' && /^[A-Za-z]/.test(run.textContent!))).to.equal(true);
      // No Latin letters are left unmarked in the text: only in marked runs, the English sources, and phone links.
      const article = $(guide, 'article');
      const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
      const unmarked: string[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        // Marked with another language, such as a language's own name in the menu, is marked too.
        const marked = node.parentElement!.closest('[lang]')?.getAttribute('lang') !== locale;
        if (/[A-Za-z]/.test(node.textContent!) && !marked && !node.parentElement!.closest('a[href^="tel:"]'))
          unmarked.push(node.textContent!);
      }
      expect(unmarked, JSON.stringify(unmarked)).to.deep.equal([]);
    });
  }

  itInChromiumOnly(
    'the accessibility tree reads the English in an Arabic topic in its place, after the Arabic term it explains',
    'the accessibility tree is read over the DevTools protocol',
    async () => {
      await mountGuide({lang: 'ar', topic: 'care-proceedings'});
      const snapshot = await a11ySnapshot({});
      const names: string[] = [];
      const collect = (node: {name?: string; children?: unknown[]}) => {
        if (node.name) names.push(node.name);
        for (const child of (node.children ?? []) as (typeof node)[]) collect(child);
      };
      collect(snapshot as unknown as {children?: unknown[]});
      const at = names.indexOf("children's guardian");
      expect(at, 'the English term is in the tree').to.be.above(0);
      expect(names.slice(at - 2, at).join(' ')).to.contain('ممثل مصلحة الطفل');
    }
  );

  it('shows the English sources of a translated topic in English', async () => {
    const guide = await mountGuide({lang: 'pl', topic: 'section-20'});
    expect($(guide, '.sources ol').lang).to.equal('en');
    // The date is the English text's, and says so: nothing reads as a check of the translation.
    expect(text($(guide, '.last-updated'))).to.match(/^Ostatnia aktualizacja tekstu angielskiego: /);
    expect($(guide, '.root').textContent).not.to.match(/Checked by|Sprawdził/);
  });

  it('writes dates with Western digits in every language, as the content does', async () => {
    for (const locale of ['ar', 'ur', 'pl', 'bn', 'pa']) {
      const guide = await mountGuide({lang: locale, topic: 'adoption'});
      const date = text($(guide, '.last-updated time'));
      expect(date, locale).to.match(/\b\d{4}\b/);
      // Arabic-Indic, Eastern Arabic-Indic, Bengali and Gurmukhi digits.
      expect(date, locale).not.to.match(/[\u0660-\u0669\u06F0-\u06F9\u09E6-\u09EF\u0A66-\u0A6F]/);
      guide.remove();
    }
  });

  it('sets Arabic and Urdu text a step larger than Latin text, which reads small at the same size', async () => {
    const size = async (lang: string) => {
      const guide = await mountGuide({lang, topic: 'adoption'});
      const px = parseFloat(getComputedStyle($(guide, '.section p')).fontSize);
      guide.remove();
      return px;
    };
    const [english, polish, arabic, urdu] = [await size('en'), await size('pl'), await size('ar'), await size('ur')];
    expect(polish).to.equal(english);
    expect(arabic).to.be.above(english);
    expect(urdu).to.be.above(english);
  });

  it('gives Bengali and Gurmukhi their own system fonts, and more room between lines for their vowel signs', async () => {
    const style = async (lang: string) => {
      const guide = await mountGuide({lang, topic: 'adoption'});
      const paragraph = getComputedStyle($(guide, '.section p'));
      const english = getComputedStyle($(guide, '.sources ol'));
      const found = {
        lineHeight: parseFloat(paragraph.lineHeight) / parseFloat(paragraph.fontSize),
        font: paragraph.fontFamily.split(',')[0],
        englishFont: english.fontFamily.split(',')[0],
      };
      guide.remove();
      return found;
    };
    const english = await style('en');
    expect(english.lineHeight).to.equal(1.5);
    for (const [lang, font] of [
      ['bn', '"Noto Sans Bengali"'],
      ['pa', '"Noto Sans Gurmukhi"'],
    ]) {
      const found = await style(lang);
      expect(found.lineHeight, lang).to.equal(1.75);
      expect(found.font, lang).to.equal(font);
      expect(found.englishFont, `${lang}: the English sources keep the Latin font`).to.equal(english.font);
    }
  });

  it('keeps phone numbers left to right inside right-to-left text', async () => {
    const guide = await mountGuide({lang: 'ar', topic: 'free-advice'});
    const phones = $$<HTMLAnchorElement>(guide, 'a[href^="tel:"]');
    expect(phones.length).to.be.greaterThan(0);
    for (const phone of phones) {
      expect(phone.dir).to.equal('ltr');
      expect(getComputedStyle(phone).direction).to.equal('ltr');
    }
  });

  it('writes interface text in the page language: Arabic script in Arabic and Urdu, outside English fragments', async () => {
    for (const locale of ['ar', 'ur']) {
      const guide = await mountGuide({lang: locale, topic: 'section-20'});
      // Interface text: everything but the topic's own words (sources may keep English names).
      const ui = textNodes(guide.shadowRoot!).filter(
        (node) => !node.parentElement!.closest('.section, .sources ul, .summary, .view-heading')
      );
      expect(ui.length).to.be.greaterThan(10);
      for (const node of ui) {
        const lang = nearestLang(node);
        if (lang !== locale) {
          // Only English fragments and the language picker's own names are in another language.
          expect(node.parentElement!.closest('option, [lang="en"]'), node.textContent!).to.not.equal(null);
          continue;
        }
        if (/[A-Za-z]{3}/.test(node.textContent!) || /^[\d\s:.,()]+$/.test(node.textContent!.trim())) continue;
        expect(node.textContent, `${locale} interface text`).to.match(ARABIC_SCRIPT);
      }
      guide.remove();
    }
  });

  it('translates every interface string: no Polish or Romanian screen shows the English', async () => {
    const english = await mountGuide({topic: 'section-20'});
    const englishTexts = new Set(
      textNodes(english.shadowRoot!)
        .filter(
          (n) => !n.parentElement!.closest('.section, .sources ul, .summary, .view-heading, .pager-title, option')
        )
        .map((n) => n.textContent!.trim())
    );
    english.remove();
    for (const locale of ['pl', 'ro']) {
      const guide = await mountGuide({lang: locale, topic: 'section-20'});
      const same = textNodes(guide.shadowRoot!)
        .filter(
          (n) =>
            !n.parentElement!.closest(
              '.section, .sources ul, .summary, .view-heading, .pager-title, option, [lang="en"]'
            )
        )
        .map((n) => n.textContent!.trim())
        .filter((t) => englishTexts.has(t) && /[a-z]{3}/i.test(t));
      expect(same, locale).to.deep.equal([]);
      guide.remove();
    }
  });

  it('switches language from the picker, keeping the topic and the list', async () => {
    const guide = await mountGuide({topic: 'section-20', 'report-topic': ''});
    $<HTMLButtonElement>(guide, '.add-question').click();
    await (guide as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
    const select = $<HTMLSelectElement>(guide, '#language');
    select.value = 'ro';
    const shown = nextViewChange(guide);
    $<HTMLButtonElement>(guide, '.change-language').click();
    expect(await shown).to.deep.equal({view: 'topic', topic: 'section-20', locale: 'ro'});
    await (guide as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
    expect($(guide, '.root').lang).to.equal('ro');
    expect(text($(guide, '.add-question'))).to.equal(await translatedString('ro', 'On my list – remove'));
    // The count survived, and the label is in Romanian: the translator's own words from locales/ro.xlf.
    expect(text($(guide, '.my-list-button'))).to.equal(await translatedString('ro', 'My list: ${count} question', '1'));
    // And back, from the list view: the list view stays open.
    const listShown = nextViewChange(guide);
    $<HTMLButtonElement>(guide, '.my-list-button').click();
    await listShown;
    $<HTMLSelectElement>(guide, '#language').value = 'ar';
    const again = nextViewChange(guide);
    $<HTMLButtonElement>(guide, '.change-language').click();
    expect((await again).view).to.equal('checklist');
    const list = guide.shadowRoot!.querySelector('rights-checklist')!;
    await waitFor(() => list.shadowRoot?.querySelector('.items .question'), 'the list in Arabic');
    expect(list.shadowRoot!.querySelector<HTMLElement>('.root')!.lang).to.equal('ar');
    expect(text(list.shadowRoot!.querySelector('.items .question')!)).to.match(ARABIC_SCRIPT);
  });

  it('changes language only when Change is pressed, not as the menu moves (WCAG 3.2.2), and says so', async () => {
    const guide = await mountGuide({topic: 'adoption'});
    const select = $<HTMLSelectElement>(guide, '#language');
    select.focus();
    // Arrow keys on a closed menu change its value and fire "change" on some systems.
    select.value = 'ar';
    select.dispatchEvent(new Event('input', {bubbles: true}));
    select.dispatchEvent(new Event('change', {bubbles: true}));
    // The next view comes after any change the menu could have started: it is still English.
    await openTopic(guide, 'section-20');
    expect($(guide, '.root').lang, 'nothing changed yet').to.equal('en');
    expect(select.value, 'the choice is kept').to.equal('ar');
    const shown = nextViewChange(guide);
    $<HTMLButtonElement>(guide, '.change-language').click();
    expect((await shown).locale).to.equal('ar');
    await (guide as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
    expect(text($(guide, '.notice[role="status"]'))).to.equal(await translatedString('ar', 'Language changed.'));
    expect(text($(guide, '.change-language'))).to.equal(await translatedString('ar', 'Change'));
  });

  it('follows the page when its language changes, keeping the topic, if the guide has no lang of its own', async () => {
    const page = document.createElement('div');
    page.lang = 'en-GB';
    document.body.append(page);
    try {
      const guide = await mountGuide({topic: 'section-20', 'report-topic': ''}, page);
      const list = document.createElement('rights-checklist');
      list.setAttribute('topic', 'section-20');
      page.append(list);
      await waitFor(() => list.shadowRoot?.querySelector('.choices'), 'the checklist');
      const shown = nextViewChange(guide);
      page.lang = 'pl';
      expect(await shown).to.deep.equal({view: 'topic', topic: 'section-20', locale: 'pl'});
      await waitFor(
        () => list.shadowRoot!.querySelector<HTMLElement>('.root')!.lang === 'pl',
        'the checklist in Polish'
      );
      // A guide with its own lang keeps it.
      const own = await mountGuide({lang: 'ro'}, page);
      page.lang = 'ar';
      await waitFor(() => $(guide, '.root').lang === 'ar', 'the guide in Arabic');
      expect($(own, '.root').lang).to.equal('ro');
    } finally {
      page.remove();
    }
  });

  it('"Show in English" keeps the place, shows English, and switches back', async () => {
    const guide = await mountGuide({lang: 'pl', topic: 'care-proceedings', 'report-topic': ''});
    const polishTitle = text($(guide, '.view-heading'));
    const toggle = $<HTMLButtonElement>(guide, '.show-english');
    expect(nearestLang(toggle.querySelector('span')!)).to.equal('pl');
    let shown = nextViewChange(guide);
    toggle.click();
    expect(await shown).to.deep.equal({view: 'topic', topic: 'care-proceedings', locale: 'en'});
    await (guide as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
    expect($(guide, '.root').lang).to.equal('en');
    expect(text($(guide, '.view-heading'))).to.equal('Care proceedings (section 31)');
    // It says what pressing it does: back to Polish, in Polish.
    expect(text($(guide, '.show-english'))).to.equal(await translatedString('pl', 'Show in my language'));
    expect(nearestLang($(guide, '.show-english span').firstChild!)).to.equal('pl');
    expect(guide.shadowRoot!.querySelector('.draft-notice')).to.equal(null);
    shown = nextViewChange(guide);
    $<HTMLButtonElement>(guide, '.show-english').click();
    await shown;
    await (guide as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
    expect(text($(guide, '.view-heading'))).to.equal(polishTitle);
  });

  it('the draft notice offers the English version of the same page', async () => {
    const guide = await mountGuide({lang: 'ur', topic: 'adoption', 'report-topic': ''});
    const shown = nextViewChange(guide);
    $<HTMLButtonElement>(guide, '.draft-notice button').click();
    expect(await shown).to.deep.equal({view: 'topic', topic: 'adoption', locale: 'en'});
    await (guide as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
    expect(text($(guide, '.view-heading'))).to.equal('Adoption');
    expect($(guide, '.root').dir).to.equal('ltr');
  });
});
