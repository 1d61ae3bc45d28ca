import '../lit-dev-mode.js';
import {expect} from '@open-wc/testing';
import {
  availableLocales,
  directionOf,
  loadLocaleIndex,
  loadQuestions,
  loadStrings,
  loadTopic,
  localeEntries,
} from '../../src/content/content-store.js';
import type {TopicSummary} from '../../src/content/types.js';

const realFetch = window.fetch;

/** Replaces fetch for one test: `route` may answer a request itself, or return undefined to let it through. */
function routeFetch(route: (url: string, init?: RequestInit) => Promise<Response> | undefined): RequestInit[] {
  const seen: RequestInit[] = [];
  window.fetch = (input, init) => {
    seen.push({...init, body: String(input)});
    return route(String(input), init) ?? realFetch(input, init);
  };
  return seen;
}

afterEach(() => (window.fetch = realFetch));

const englishTopic = async (slug: string): Promise<TopicSummary> =>
  (await loadLocaleIndex('en')).topics.find((topic) => topic.slug === slug)!;

describe('the content store (unit)', () => {
  it('knows each language’s direction once the manifest has loaded, and reads left to right before', async () => {
    expect(directionOf('ar'), 'before the manifest').to.equal('ltr');
    expect(await availableLocales()).to.deep.equal(['en', 'ar', 'pl', 'ro', 'ur']);
    expect(['en', 'ar', 'pl', 'ur', 'xx'].map(directionOf)).to.deep.equal(['ltr', 'rtl', 'ltr', 'rtl', 'ltr']);
  });

  it('names every language in itself, for the language picker', async () => {
    const entries = await localeEntries();
    expect(entries.map(([code, {name, dir}]) => [code, name, dir])).to.deep.equal([
      ['en', 'English', 'ltr'],
      ['ar', 'العربية', 'rtl'],
      ['pl', 'Polski', 'ltr'],
      ['ro', 'Română', 'ltr'],
      ['ur', 'اردو', 'rtl'],
    ]);
  });

  it('loads a language’s interface strings, in the order of the English ones; an unknown language has none', async () => {
    const english = await loadStrings('en');
    const polish = await loadStrings('pl');
    expect(english.length).to.be.greaterThan(50);
    expect(polish.length, 'one place for each English message').to.equal(english.length);
    expect(polish[english.indexOf('Try again')]).to.equal('Spróbuj ponownie');
    expect(await loadStrings('xx')).to.deep.equal([]);
  });

  it('loads the list of topics in a language, or in English when there is none', async () => {
    const polish = await loadLocaleIndex('pl');
    expect(polish.locale).to.equal('pl');
    const fallback = await loadLocaleIndex('xx');
    expect(fallback.locale).to.equal('en');
    expect(fallback.topics.map((t) => t.slug)).to.include('section-20');
  });

  it('loads a topic with the definitions of the terms it uses, and its questions', async () => {
    const summary = await englishTopic('section-20');
    const topic = await loadTopic(summary);
    expect(topic.title).to.equal(summary.title);
    expect(topic.glossary['section-20'].term).to.be.a('string');
    expect(topic).not.to.have.property('terms');
    const questions = await loadQuestions(summary);
    expect(questions.map((q) => q.id)).to.include('q-s20-say-no');
  });

  it('gives a topic that uses no glossary terms an empty glossary', async () => {
    const summary = await englishTopic('adoption');
    routeFetch((url) =>
      url.includes('/en/adoption.') && !url.includes('.terms.') && !url.includes('.questions.')
        ? Promise.resolve(Response.json({slug: 'adoption', title: 'Adoption', body: []}))
        : undefined
    );
    expect(await loadTopic({...summary, file: 'en/adoption.no-terms.json'})).to.deep.equal({
      slug: 'adoption',
      title: 'Adoption',
      body: [],
      glossary: {},
    });
  });

  it('sends no cookies or Referer, pins each file by its hash, and asks once for a file wanted twice', async () => {
    const summary = await englishTopic('early-help');
    const requests = routeFetch(() => undefined);
    await Promise.all([loadQuestions(summary), loadQuestions(summary)]);
    expect(requests).to.have.length(1);
    expect(requests[0]).to.include({
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      integrity: summary.questions.integrity,
    });
    expect(requests[0].body).to.match(/\/content\/en\/early-help\.questions\.[0-9a-f]+\.json$/);
  });

  it('fails on an HTTP error, and asks again next time instead of remembering the failure', async () => {
    const summary = await englishTopic('complaints');
    routeFetch((url) =>
      url.includes('complaints.questions') ? Promise.resolve(new Response('', {status: 503})) : undefined
    );
    let failure: unknown;
    await loadQuestions(summary).catch((error) => (failure = error));
    expect(String(failure)).to.match(/complaints\.questions\.[0-9a-f]+\.json: HTTP 503$/);
    window.fetch = realFetch;
    expect((await loadQuestions(summary)).length).to.be.greaterThan(0);
  });

  it('refuses a file whose bytes do not match the hash built into the entry', async () => {
    const summary = await englishTopic('kinship-care');
    routeFetch((url, init) =>
      url.includes('kinship-care.questions')
        ? realFetch(url.replace('/src/content/content/', '/failing/tampered/dist/content/'), init)
        : undefined
    );
    let failure: unknown;
    await loadQuestions(summary).catch((error) => (failure = error));
    expect(failure).to.be.instanceOf(TypeError);
  });
});
