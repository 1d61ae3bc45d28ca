import '../lit-dev-mode.js';
import {expect} from '@open-wc/testing';
import {dataFolder} from 'virtual:build-info';
import {
  availableLocales,
  directionOf,
  loadLocaleIndex,
  loadQuestions,
  loadStrings,
  loadTopic,
  DataNotFound,
  MissingData,
  setDataPath,
} from '../../src/content/content-store.js';

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

describe('the content store (unit)', () => {
  it('knows each language and its direction from the entry, before any data arrives', () => {
    expect(availableLocales()).to.deep.equal(['en', 'ar', 'bn', 'lt', 'pa', 'pl', 'pt', 'ro', 'so', 'uk', 'ur']);
    expect(['en', 'ar', 'bn', 'pa', 'pl', 'uk', 'ur', 'xx'].map(directionOf)).to.deep.equal([
      'ltr',
      'rtl',
      'ltr',
      'ltr',
      'ltr',
      'ltr',
      'rtl',
      'ltr',
    ]);
  });

  it('names every language in itself, for the language picker, in every language’s strings', async () => {
    for (const locale of ['en', 'ur']) {
      expect((await loadStrings(locale)).languages, locale).to.deep.equal([
        'English',
        'العربية',
        'বাংলা',
        'Lietuvių',
        'ਪੰਜਾਬੀ',
        'Polski',
        'Português',
        'Română',
        'Soomaali',
        'Українська',
        'اردو',
      ]);
    }
  });

  it('loads a language’s interface strings, in the order of the English ones, with the English', async () => {
    const {en: english, own} = await loadStrings('en');
    const polish = await loadStrings('pl');
    expect(english!.length).to.be.greaterThan(50);
    expect(own, 'English has no translation').to.equal(undefined);
    expect(polish.en).to.deep.equal(english);
    expect(polish.own!.length, 'one place for each English message').to.equal(english!.length);
    expect(polish.own![english!.indexOf('Try again')]).to.equal('Spróbuj ponownie');
  });

  it('loads the list of topics in a language, with its strings, and asks for the strings no more', async () => {
    const requests = routeFetch(() => undefined);
    const polish = await loadLocaleIndex('pl');
    expect(polish.locale).to.equal('pl');
    expect(polish.topics.map((t) => t.slug)).to.include('section-20');
    expect((await loadStrings('pl')).own).to.deep.equal(polish.strings.own);
    expect(requests.map((r) => r.body)).to.deep.equal([
      new URL(`../../src/content/content/${dataFolder}/pl/index.json`, import.meta.url).href,
    ]);
  });

  it('loads a topic with the definitions of the terms it uses, its date written out, and its neighbours', async () => {
    const topic = await loadTopic('en', 'section-20');
    const {topics} = await loadLocaleIndex('en');
    const position = topics.findIndex((t) => t.slug === 'section-20');
    expect(topic.title).to.equal(topics[position].title);
    expect(topic.glossary['section-20'].term).to.be.a('string');
    expect(topic.dateText).to.match(/^\d{1,2} [A-Z][a-z]+ 20\d\d$/);
    expect([topic.previous?.slug, topic.next?.slug]).to.deep.equal([
      topics[position - 1]?.slug,
      topics[position + 1]?.slug,
    ]);
    const questions = await loadQuestions('en', 'section-20');
    expect(questions.map((q) => q.id)).to.include('q-s20-say-no');
  });

  it('fails with MissingData for a topic there is not, and never asks for a slug that is not one', async () => {
    const requests = routeFetch(() => undefined);
    for (const slug of ['no-such-topic', '../en/index', 'Section-20', 'a/b', '']) {
      let failure: unknown;
      await loadTopic('en', slug).catch((error) => (failure = error));
      expect(failure, slug).to.be.instanceOf(MissingData);
    }
    expect(requests.map((r) => r.body)).to.deep.equal([
      new URL(`../../src/content/content/${dataFolder}/en/no-such-topic.json`, import.meta.url).href,
    ]);
  });

  it('sends no cookies or Referer, and asks once for a file wanted twice', async () => {
    const requests = routeFetch(() => undefined);
    await Promise.all([loadQuestions('en', 'early-help'), loadQuestions('en', 'early-help')]);
    expect(requests).to.have.length(1);
    expect(requests[0]).to.include({credentials: 'omit', referrerPolicy: 'no-referrer'});
    expect(requests[0].body).to.match(new RegExp(`/content/${dataFolder}/en/early-help\\.questions\\.json$`));
  });

  it('fails on an HTTP error, and asks again next time instead of remembering the failure', async () => {
    routeFetch((url) =>
      url.includes('complaints.questions') ? Promise.resolve(new Response('', {status: 503})) : undefined
    );
    let failure: unknown;
    await loadQuestions('en', 'complaints').catch((error) => (failure = error));
    expect(String(failure)).to.match(/complaints\.questions\.json: HTTP 503$/);
    expect(failure).not.to.be.instanceOf(MissingData);
    window.fetch = realFetch;
    expect((await loadQuestions('en', 'complaints')).length).to.be.greaterThan(0);
  });

  describe('refuses any file that is not the one built with this entry', () => {
    /** What loading `path` does when its bytes are `bytes`. */
    async function refusal(path: string, slug: string, bytes: (real: string) => string): Promise<unknown> {
      const real = await (await realFetch(`/dist/content/${dataFolder}/${path}`)).text();
      routeFetch((url) => (url.endsWith(`/${path}`) ? Promise.resolve(new Response(bytes(real))) : undefined));
      let failure: unknown;
      await loadQuestions('ro', slug).catch((error) => (failure = error));
      return failure;
    }
    const proofOf = (file: string) => file.slice(0, file.indexOf('\n'));
    const bodyOf = (file: string) => file.slice(file.indexOf('\n') + 1);

    it('a changed byte in the data', async () => {
      const failure = await refusal('ro/kinship-care.questions.json', 'kinship-care', (real) =>
        real.replace(/"text":"(.)/, (_, first: string) => `"text":"${first === 'X' ? 'Y' : 'X'}`)
      );
      expect(failure).to.be.instanceOf(TypeError);
      expect(String(failure)).to.match(/not the file this version of the guide was built with/);
    });

    it('another real file of this build, served in its place', async () => {
      const other = await (await realFetch(`/dist/content/${dataFolder}/ro/adoption.questions.json`)).text();
      expect(await refusal('ro/complaints.questions.json', 'complaints', () => other)).to.be.instanceOf(TypeError);
    });

    it('a changed proof, or none', async () => {
      const swapped = (real: string) => proofOf(real).split(' ').reverse().join(' ') + '\n' + bodyOf(real);
      expect(await refusal('ro/early-help.questions.json', 'early-help', swapped)).to.be.instanceOf(TypeError);
      expect(await refusal('ro/section-20.questions.json', 'section-20', bodyOf)).to.be.instanceOf(TypeError);
      expect(await refusal('ro/adoption.questions.json', 'adoption', () => '')).to.be.instanceOf(TypeError);
    });

    it('a file whose proof climbs to a root of its own: the root is the entry’s', async () => {
      // A leaf with no proof is its own root: a file made up by anyone passes only if the entry holds its hash.
      const failure = await refusal('ro/child-in-need.questions.json', 'child-in-need', () => '\n[]');
      expect(failure).to.be.instanceOf(TypeError);
    });
  });
});

describe('the data, where a bundled app puts it (setDataPath)', () => {
  const realError = console.error;
  let errors: string[] = [];
  beforeEach(() => {
    errors = [];
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
  });
  afterEach(() => (console.error = realError));
  // Back to the default, beside the module: the test server keeps the built data there too.
  after(() => setDataPath('/src/content/content/'));

  /** What loading a locale's strings does: its data, or why not. */
  const tryStrings = (locale: string) => loadStrings(locale).catch((error: unknown) => error);

  it('says once, in the console, that a folder has no data, naming the address tried and the setting', async () => {
    setDataPath('/nowhere/content/');
    const first = await tryStrings('en');
    expect(first).to.be.instanceOf(DataNotFound);
    expect(errors).to.have.length(1);
    expect(errors[0]).to.contain(`${location.origin}/nowhere/content/${dataFolder}/en/strings.json (HTTP 404)`);
    expect(errors[0]).to.contain('setDataPath()');
    expect(await tryStrings('pl')).to.be.instanceOf(DataNotFound);
    expect(errors, 'once a page').to.have.length(1);
  });

  it('knows an app’s own page, sent where the data should be, from the data', async () => {
    setDataPath('/app/content/');
    routeFetch(() => Promise.resolve(new Response('<!doctype html><title>My app</title>', {status: 200})));
    const failure = await tryStrings('ro');
    expect(failure).to.be.instanceOf(DataNotFound);
    expect(String(failure)).to.contain('a web page came back');
  });

  it('asks for nothing from an address that is not a web address, as a bundler may write', async () => {
    const requests = routeFetch(() => undefined);
    setDataPath('file:///build/node_modules/family-rights-guide/dist/content/');
    const failure = await tryStrings('ur');
    expect(String(failure)).to.contain('not a web address');
    expect(requests).to.deep.equal([]);
  });

  it('loads from the folder it names, with or without the last slash, and still checks every file', async () => {
    const requests = routeFetch(() => undefined);
    setDataPath('/dist/content');
    expect((await loadTopic('pl', 'adoption')).slug).to.equal('adoption');
    expect(requests[0].body).to.equal(`${location.origin}/dist/content/${dataFolder}/pl/adoption.json`);
    setDataPath('/failing/tampered/dist/content/');
    const refused = await tryStrings('ar');
    expect(refused).to.be.instanceOf(TypeError);
    expect(String(refused)).to.contain('not the file this version of the guide was built with');
    expect(errors).to.deep.equal([]);
  });
});
