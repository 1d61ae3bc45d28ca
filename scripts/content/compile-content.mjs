// @ts-check
// Reads content/<locale>/{glossary.md,topics/*.md}, checks every rule, and
// returns plain data for the widget plus a list of `file:line: message` errors.
import {readdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import {checkCitations, checkHelpLinks} from './citations.mjs';
import {checkFields, splitFrontMatter} from './front-matter.mjs';
import {ID_PATTERN, inlineText, markdownToTree, mergeText} from './markdown-tree.mjs';
import {checkHelpPage, checkSource, POLICY_FILE, readSourcePolicy} from './source-policy.mjs';
import {textHash} from './text-hash.mjs';

/**
 * @typedef {import('./markdown-tree.mjs').Inline} Inline
 * @typedef {import('./markdown-tree.mjs').Block} Block
 * @typedef {{file: string, line: number, message: string}} ContentError
 * @typedef {{id: string, kind: string, title: string, url: string, 'why-this-version'?: string}} SourceField
 * @typedef {{id: string, kind: string, title: string, url: string}} Source
 * @typedef {{term: string, definition: Inline[], lang?: string}} GlossaryEntry
 * @typedef {{role: string, date: string}} Review
 * @typedef {{slug: string, title: string, summary: string, order: number,
 *   lastUpdated: string, reviewed?: Review, sources: Source[], body: object[],
 *   glossary: Record<string, GlossaryEntry>, translation?: string, outdated?: boolean}} Topic
 * @typedef {{topics: Topic[], glossary: Record<string, GlossaryEntry>, hashes: Map<string, string>}} LocaleContent
 *   hashes: each file's text hash, by "glossary" or topic slug
 */

export const SOURCE_LOCALE = 'en';

/** The sections every topic uses, in this order. */
export const SECTION_IDS = ['what-this-means', 'your-rights', 'how-long', 'what-next', 'get-help', 'questions'];
export const QUESTIONS_PER_TOPIC = {min: 5, max: 10};
const QUESTION_ID = /^q-[a-z0-9]+(-[a-z0-9]+)*$/;
/** Front matter: what an English topic or glossary needs, and may have. */
const FIELDS = {
  topic: {required: ['title', 'summary', 'order', 'last-updated', 'sources'], optional: ['help', 'reviewed']},
  glossary: {required: ['title', 'last-updated', 'sources'], optional: ['reviewed']},
};
/**
 * A translation has no sources, help pages or review of its own: readers see
 * the English sources, and a translation is never shown as checked.
 */
const TRANSLATION_FIELDS = {
  topic: {required: ['title', 'summary', 'order', 'last-updated', 'translation', 'source-hash'], optional: []},
  glossary: {required: ['title', 'last-updated', 'translation', 'source-hash'], optional: []},
};

/**
 * @param {{contentDir: string, today?: string, knownLocales?: string[]}} options
 *   knownLocales: the locales in lit-localize.json; a content folder for any other is an error
 * @returns {Promise<{errors: ContentError[], locales: Record<string, LocaleContent>, files: string[]}>}
 */
export async function compileContent({contentDir, today = new Date().toISOString().slice(0, 10), knownLocales}) {
  /** @type {ContentError[]} */
  const errors = [];
  /** @type {string[]} */
  const files = [];
  /** @type {Record<string, LocaleContent>} */
  const locales = {};
  const relative = (/** @type {string} */ file) => path.relative(process.cwd(), file) || file;
  const policyFile = path.join(contentDir, POLICY_FILE);
  const policy = await readSourcePolicy(policyFile).catch((/** @type {Error} */ e) => {
    errors.push({file: relative(policyFile), line: 1, message: e.message});
    return undefined;
  });

  const localeDirs = (await readdir(contentDir, {withFileTypes: true}))
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    // The source locale first: translations are checked against it.
    .sort((a, b) => Number(b === SOURCE_LOCALE) - Number(a === SOURCE_LOCALE) || a.localeCompare(b));
  if (!localeDirs.includes(SOURCE_LOCALE)) {
    errors.push({file: relative(contentDir), line: 1, message: `the source locale folder "${SOURCE_LOCALE}" is missing`});
  }
  for (const locale of localeDirs) {
    if (!isWellFormedLocale(locale)) {
      errors.push({file: relative(path.join(contentDir, locale)), line: 1, message: `"${locale}" is not a BCP 47 language code`});
      continue;
    }
    if (knownLocales && !knownLocales.includes(locale)) {
      errors.push({
        file: relative(path.join(contentDir, locale)),
        line: 1,
        message: `"${locale}" is not a locale in lit-localize.json; add it with npm run locale:add -- ${locale}`,
      });
      continue;
    }
    const dir = path.join(contentDir, locale);
    const source = locale === SOURCE_LOCALE ? undefined : locales[SOURCE_LOCALE];
    /** @param {string} file @param {{line: number, message: string}[]} list */
    const report = (file, list) => errors.push(...list.map((e) => ({file: relative(file), ...e})));

    /** @type {Map<string, string>} */
    const hashes = new Map();
    const glossaryFile = path.join(dir, 'glossary.md');
    files.push(glossaryFile);
    const ownGlossary = await readText(glossaryFile).then(
      (text) => {
        hashes.set('glossary', textHash(text));
        const context = {today, policy, english: source && {glossary: source.glossary, hash: source.hashes.get('glossary')}};
        return compileGlossary(text, context, (list) => report(glossaryFile, list));
      },
      () => {
        report(glossaryFile, [{line: 1, message: 'glossary.md is missing'}]);
        return {};
      }
    );
    const glossary = withEnglishFallback(ownGlossary, source?.glossary);
    const glossaryIds = new Set(Object.keys(glossary));

    const topicsDir = path.join(dir, 'topics');
    const topicFiles = (await readdir(topicsDir).catch(() => []))
      .filter((name) => name.endsWith('.md'))
      .sort()
      .map((name) => path.join(topicsDir, name));
    files.push(...topicFiles);

    /** @type {Topic[]} */
    const topics = [];
    /** @type {Map<number, string>} */
    const orders = new Map();
    /** @type {Map<string, string>} */
    const questionIds = new Map();
    for (const file of topicFiles) {
      const slug = path.basename(file, '.md');
      const fileErrors = /** @type {{line: number, message: string}[]} */ ([]);
      const english = source?.topics.find((t) => t.slug === slug);
      if (source && !english) fileErrors.push({line: 1, message: `there is no English topic "${slug}" to translate`});
      const text = await readText(file);
      const hash = textHash(text);
      hashes.set(slug, hash);
      const context = {today, policy, glossary, glossaryIds, hash, english, englishHash: source?.hashes.get(slug), translated: Boolean(source)};
      const topic = compileTopic(slug, text, context, fileErrors);
      if (topic) {
        const {order} = topic.data;
        const other = orders.get(order);
        if (other) fileErrors.push({line: topic.orderLine, message: `order ${order} is already used by ${relative(other)}`});
        else orders.set(order, file);
        for (const {id, line} of topic.questionIds) {
          const owner = questionIds.get(id);
          if (owner) fileErrors.push({line, message: `question id "${id}" is already used in ${relative(owner)}`});
          else questionIds.set(id, file);
        }
        topics.push(topic.data);
      }
      report(file, fileErrors);
    }
    if (topicFiles.length === 0) report(topicsDir, [{line: 1, message: 'there are no topics'}]);
    topics.sort((a, b) => a.order - b.order);
    locales[locale] = {topics, glossary, hashes};
  }
  errors.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return {errors, locales, files};
}

/**
 * @param {string} slug
 * @param {string} text
 * @param {{today: string, policy?: import('./source-policy.mjs').SourcePolicy, glossary: Record<string, GlossaryEntry>,
 *   glossaryIds: Set<string>, hash: string, translated: boolean, english?: Topic, englishHash?: string}} context
 *   `hash` is this file's text hash; `english` is the source topic for a translation, and `englishHash` its text hash
 * @param {{line: number, message: string}[]} errors
 */
function compileTopic(slug, text, {today, policy, glossary, glossaryIds, hash, translated, english, englishHash}, errors) {
  if (!ID_PATTERN.test(slug)) {
    errors.push({line: 1, message: `file name "${slug}.md" must be lowercase words joined by hyphens`});
  }
  const front = splitFrontMatter(text);
  errors.push(...front.errors);
  if (front.errors.length) return undefined;
  const fields = translated ? TRANSLATION_FIELDS.topic : FIELDS.topic;
  const fieldErrors = checkFields(front.data, front.lineOf, fields.required, today, fields.optional);
  errors.push(...fieldErrors);
  const tree = markdownToTree(front.body, front.bodyStartLine, {glossaryIds});
  errors.push(...tree.errors);
  const {body, questionIds} = shapeTopicBody(tree.blocks, errors);
  const data = /** @type {{title: string, summary: string, order: number, 'last-updated': string, sources: SourceField[],
   *   help?: {title: string, url: string}[], reviewed?: {role: string, date: string, 'text-hash': string}, translation?: string,
   *   'source-hash'?: string}} */ (front.data);
  // An outdated translation (of an older English text) is still shown, as a draft, but its ids,
  // numbers and citations can only be compared with English once it is brought up to date.
  const outdated = Boolean(english) && data['source-hash'] !== englishHash;
  const sources = english ? english.sources : (data.sources ?? []).map(({id, kind, title, url}) => ({id, kind, title: title.trim(), url}));
  const numbered = numberCitations(body, sources);
  if (!translated && !fieldErrors.length) {
    // The first-use rule follows English wording; translations are checked against English ids instead.
    checkGlossaryLinks(tree.blocks, glossary, errors);
    errors.push(...checkSourcesAndHelp(data.sources, data.help ?? [], policy, front.lineOf));
    errors.push(...checkCitations(tree.blocks, data.sources, {rightsSection: 'your-rights', skipSection: 'questions'}));
    errors.push(...checkHelpLinks(tree.blocks, data.help ?? []));
  }
  if (english && !outdated) {
    const firstQuestionLine = questionIds[0]?.line ?? front.bodyStartLine;
    const mismatch = differences(questionIds.map((q) => q.id), questionIdsOf(english.body));
    if (mismatch) errors.push({line: firstQuestionLine, message: `question ids must match English: ${mismatch}`});
    const terms = differences([...termIds(body)], [...termIds(english.body)]);
    if (terms) errors.push({line: front.bodyStartLine, message: `glossary links must match English: ${terms}`});
    // Phone numbers, time limits, web addresses and citations must survive translation unchanged.
    const links = missingFrom(linkTargets(body), linkTargets(english.body));
    if (links.length) errors.push({line: front.bodyStartLine, message: `links to ${links.join(', ')} are in English but not here`});
    const numbers = missingFrom(numbersIn(body), numbersIn(english.body));
    if (numbers.length) errors.push({line: front.bodyStartLine, message: `the numbers ${numbers.join(', ')} are in English but not here: keep every number, time limit and phone number, in the same digits`});
    const cites = missingFrom(citationsIn(numbered), citationsIn(english.body));
    if (cites.length) errors.push({line: front.bodyStartLine, message: `the citations ${cites.map((n) => `of source ${n}`).join(', ')} are in English but not here: keep every [@…] citation`});
  }
  if (english && front.data.order !== english.order) {
    errors.push({line: front.lineOf('order'), message: `"order" must be ${english.order}, as in English`});
  }
  if (fieldErrors.length) return undefined;

  /** @type {Record<string, GlossaryEntry>} */
  const usedTerms = {};
  for (const id of termIds(body)) if (glossary[id]) usedTerms[id] = glossary[id];
  // Only a review of exactly this text may be shown as checked: any edit ends it.
  const review = !translated && data.reviewed?.['text-hash'] === hash ? data.reviewed : undefined;
  return {
    orderLine: front.lineOf('order'),
    questionIds,
    data: {
      slug,
      title: data.title.trim(),
      summary: data.summary.trim(),
      order: data.order,
      lastUpdated: data['last-updated'],
      ...(review && {reviewed: {role: review.role, date: review.date}}),
      sources,
      body: numbered,
      glossary: usedTerms,
      ...(data.translation && {translation: data.translation}),
      ...(outdated && {outdated: true}),
    },
  };
}

/**
 * Checks sources and help pages against the source policy.
 * @param {SourceField[]} sources
 * @param {{title: string, url: string}[]} help
 * @param {import('./source-policy.mjs').SourcePolicy | undefined} policy
 * @param {(key: string) => number} lineOf
 */
function checkSourcesAndHelp(sources, help, policy, lineOf) {
  if (!policy) return [];
  return [
    ...sources.flatMap((source) => {
      const problem = checkSource(policy, source);
      return problem ? [{line: lineOf('sources'), message: `source "${source.id}": ${problem}`}] : [];
    }),
    ...help.flatMap((page) => {
      const problem = checkHelpPage(policy, page.url);
      return problem ? [{line: lineOf('help'), message: `help page "${page.title}": ${problem}`}] : [];
    }),
  ];
}

/**
 * Replaces citation ids with source numbers (1 is the first source), as the
 * widget shows them. A translation's citations are numbered by the English sources.
 * @param {object[]} body
 * @param {Source[]} sources
 */
function numberCitations(body, sources) {
  const ids = sources.map((source) => source.id);
  return mapInline(body, (node) => ({
    type: 'cite',
    sources: node.ids.map((/** @type {string} */ id) => ids.indexOf(id) + 1).filter((/** @type {number} */ n) => n > 0),
  }));
}

/**
 * Copies a body or inline list, passing each cite node through `replace`
 * (which may return undefined to drop it).
 * @param {any} node
 * @param {(cite: any) => any} replace
 * @returns {any}
 */
function mapInline(node, replace) {
  if (Array.isArray(node)) return node.map((child) => mapInline(child, replace)).filter((child) => child !== undefined);
  if (!node || typeof node !== 'object') return node;
  if (node.type === 'cite') return replace(node);
  return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, mapInline(value, replace)]));
}

/**
 * Describes how a list of ids differs from the English one, or returns '' if they are the same, in order.
 * @param {string[]} ids
 * @param {string[]} englishIds
 */
function differences(ids, englishIds) {
  const missing = englishIds.filter((id) => !ids.includes(id));
  const extra = ids.filter((id) => !englishIds.includes(id));
  if (missing.length || extra.length) {
    return [missing.length && `missing ${missing.join(', ')}`, extra.length && `not in English ${extra.join(', ')}`]
      .filter(Boolean)
      .join('; ');
  }
  return ids.join() === englishIds.join() ? '' : `keep the English order: ${englishIds.join(', ')}`;
}

/**
 * What English has that the translation lacks, counting repeats.
 * @param {string[]} translated
 * @param {string[]} english
 */
function missingFrom(translated, english) {
  const left = [...translated];
  return english.filter((item) => {
    const i = left.indexOf(item);
    if (i === -1) return true;
    left.splice(i, 1);
    return false;
  });
}

/**
 * Every node of a body, depth first: blocks, inline nodes, list items and text.
 * @param {unknown} node
 * @returns {Generator<any>}
 */
function* nodesOf(node) {
  if (Array.isArray(node)) {
    for (const child of node) yield* nodesOf(child);
  } else if (node !== null && node !== undefined) {
    yield node;
    if (typeof node === 'object') {
      yield* nodesOf(/** @type {any} */ (node).children);
      yield* nodesOf(/** @type {any} */ (node).items);
    }
  }
}

/** Every https:, tel: and mailto: link target in a body. @param {object[]} body @returns {string[]} */
const linkTargets = (body) => [...nodesOf(body)].filter((n) => n.type === 'link').map((n) => n.href);

/** Every run of digits in a body's visible text, such as 26, 0808 and 2026. @param {object[]} body @returns {string[]} */
const numbersIn = (body) => [...nodesOf(body)].filter((n) => typeof n === 'string').flatMap((text) => text.match(/\d+/g) ?? []);

/** The source numbers a body cites, in order. @param {object[]} body @returns {string[]} */
const citationsIn = (body) => [...nodesOf(body)].filter((n) => n.type === 'cite').flatMap((n) => n.sources).map(String);

/** The glossary ids a body links to. @param {object[]} body @returns {Set<string>} */
const termIds = (body) => new Set([...nodesOf(body)].filter((n) => n.type === 'term').map((n) => n.id));

/** @param {object[]} body @returns {string[]} */
function questionIdsOf(body) {
  return body.flatMap((/** @type {any} */ block) => (block.type === 'questions' ? block.items.map((/** @type {any} */ q) => q.id) : []));
}

/**
 * Checks the section shape of a topic and turns its question list into a
 * `questions` node. Returns output nodes without line numbers.
 * @param {Block[]} blocks
 * @param {{line: number, message: string}[]} errors
 */
function shapeTopicBody(blocks, errors) {
  /** @type {object[]} */
  const body = [];
  /** @type {{id: string, line: number}[]} */
  const questionIds = [];
  let sectionIndex = -1;
  let section = '';
  let questionLists = 0;

  if (blocks.length && !(blocks[0].type === 'heading' && blocks[0].level === 2)) {
    errors.push({line: blocks[0].line, message: `a topic must start with a "## … {#${SECTION_IDS[0]}}" section heading`});
  }
  for (const block of blocks) {
    checkNoStrayIds(block, errors);
    if (block.type === 'heading') {
      if (block.level === 2) {
        const index = SECTION_IDS.indexOf(block.id ?? '');
        if (index === -1) {
          errors.push({line: block.line, message: `section heading needs one of these ids: ${SECTION_IDS.map((id) => `{#${id}}`).join(', ')}`});
        } else if (index <= sectionIndex) {
          errors.push({line: block.line, message: `section {#${block.id}} is out of order; the order is ${SECTION_IDS.join(', ')}`});
        } else {
          sectionIndex = index;
          section = SECTION_IDS[index];
        }
      } else if (block.level === 3) {
        if (block.id !== undefined) errors.push({line: block.line, message: 'only ## section headings take an {#id}'});
      } else {
        errors.push({line: block.line, message: block.level === 1 ? 'do not use "#" headings; the title comes from the front matter' : 'use only ## and ### headings'});
      }
      body.push({type: 'heading', level: block.level, ...(block.level === 2 && block.id && {id: block.id}), children: block.children});
      continue;
    }
    if (block.type === 'list' && section === 'questions' && !block.ordered) {
      questionLists++;
      if (questionLists > 1) errors.push({line: block.line, message: 'the questions section must hold a single list'});
      const count = block.items.length;
      if (questionLists === 1 && (count < QUESTIONS_PER_TOPIC.min || count > QUESTIONS_PER_TOPIC.max)) {
        errors.push({line: block.line, message: `a topic needs ${QUESTIONS_PER_TOPIC.min} to ${QUESTIONS_PER_TOPIC.max} questions, not ${count}`});
      }
      for (const item of block.items) {
        if (item.id === undefined) errors.push({line: item.line, message: 'each question must end with an id such as {#q-what-happens-next}'});
        else if (!QUESTION_ID.test(item.id)) errors.push({line: item.line, message: `question id "${item.id}" must start with "q-" and use lowercase words joined by hyphens`});
        else questionIds.push({id: item.id, line: item.line});
      }
      body.push({type: 'questions', items: block.items.map(({id, children}) => ({id, children}))});
      continue;
    }
    if (section === 'questions') {
      errors.push({line: block.line, message: 'the questions section must hold only a bulleted list of questions'});
    }
    if (block.type === 'list') {
      for (const item of block.items) {
        if (item.id !== undefined) errors.push({line: item.line, message: `{#${item.id}}: only questions take an id`});
      }
      body.push({type: 'list', ordered: block.ordered, items: block.items.map((item) => item.children)});
    } else {
      body.push({type: 'paragraph', children: block.children});
    }
  }
  if (sectionIndex !== -1 && questionLists === 0 && section === 'questions') {
    errors.push({line: blocks[blocks.length - 1].line, message: 'the questions section has no questions'});
  }
  return {body, questionIds};
}

/**
 * @param {string} text
 * @param {{today: string, policy?: import('./source-policy.mjs').SourcePolicy,
 *   english?: {glossary: Record<string, GlossaryEntry>, hash?: string}}} context  `english`: the source glossary, for a translation
 * @param {(errors: {line: number, message: string}[]) => void} report
 * @returns {Record<string, GlossaryEntry>}
 */
function compileGlossary(text, {today, policy, english}, report) {
  /** @type {{line: number, message: string}[]} */
  const errors = [];
  /** @type {Record<string, GlossaryEntry>} */
  const glossary = {};
  const front = splitFrontMatter(text);
  errors.push(...front.errors);
  if (!front.errors.length) {
    const fields = english ? TRANSLATION_FIELDS.glossary : FIELDS.glossary;
    const fieldErrors = checkFields(front.data, front.lineOf, fields.required, today, fields.optional);
    errors.push(...fieldErrors);
    const tree = markdownToTree(front.body, front.bodyStartLine, {glossaryIds: new Set()});
    errors.push(...tree.errors.map((e) => (e.message.startsWith('unknown glossary id') ? {...e, message: 'definitions cannot link to other glossary terms'} : e)));
    /** @type {{id: string, line: number, term: string, definition?: Inline[]} | undefined} */
    let current;
    /** @type {{term: string, line: number} | undefined} */
    let previous;
    const finish = () => {
      if (current && !current.definition) errors.push({line: current.line, message: `term "${current.term}" has no definition`});
    };
    for (const block of tree.blocks) {
      checkNoStrayIds(block, errors);
      if (block.type === 'heading' && block.level === 2) {
        finish();
        const id = block.id ?? '';
        const term = inlineText(block.children).trim();
        if (!ID_PATTERN.test(id)) errors.push({line: block.line, message: `term "${term}" needs an id such as {#section-47}`});
        else if (glossary[id]) errors.push({line: block.line, message: `glossary id "${id}" is used twice`});
        // English is in alphabetical order, so a reader can find a word; a translation keeps its own order.
        if (!english && previous && previous.term.localeCompare(term, 'en', {sensitivity: 'base'}) > 0) {
          errors.push({line: block.line, message: `"${term}" is out of alphabetical order: it comes before "${previous.term}" (line ${previous.line})`});
        }
        previous = {term, line: block.line};
        current = {id, line: block.line, term};
      } else if (block.type === 'paragraph' && current && !current.definition) {
        current.definition = block.children;
        // Definitions show inside a sentence, so their citations stay in the file for reviewers.
        const definition = mergeText(mapInline(block.children, () => undefined));
        if (ID_PATTERN.test(current.id) && !glossary[current.id]) glossary[current.id] = {term: current.term, definition};
      } else {
        errors.push({line: block.line, message: 'the glossary holds "## Term {#id}" headings, each followed by one paragraph'});
      }
    }
    finish();
    if (!english && !fieldErrors.length) {
      const sources = /** @type {SourceField[]} */ (front.data.sources);
      errors.push(...checkSourcesAndHelp(sources, [], policy, front.lineOf));
      errors.push(...checkCitations(tree.blocks, sources));
    }
    if (english) {
      const missing = Object.keys(english.glossary).filter((id) => !glossary[id]);
      const extra = Object.keys(glossary).filter((id) => !english.glossary[id]);
      // Terms an outdated translation lacks are shown in English until it is brought up to date.
      if (extra.length || (missing.length && front.data['source-hash'] === english.hash)) {
        const problems = [missing.length && `missing ${missing.join(', ')}`, extra.length && `not in English ${extra.join(', ')}`];
        errors.push({line: front.bodyStartLine, message: `glossary ids must match English: ${problems.filter(Boolean).join('; ')}`});
      }
    }
  }
  report(errors);
  return glossary;
}

/**
 * A translated glossary with the English definitions of any terms it lacks, marked as English.
 * @param {Record<string, GlossaryEntry>} glossary
 * @param {Record<string, GlossaryEntry> | undefined} english
 */
function withEnglishFallback(glossary, english) {
  if (!english) return glossary;
  return Object.fromEntries(
    Object.entries(english).map(([id, entry]) => [id, glossary[id] ?? {...entry, lang: entry.lang ?? SOURCE_LOCALE}])
  );
}

/**
 * A topic links each glossary term where its wording is first used, so that a
 * reader can always open the plain definition. Only prose counts: paragraphs
 * and list items outside the questions section. Words inside a link to a
 * term count as that term's use. For a term such as "PLO (Public Law
 * Outline)", "PLO" and "Public Law Outline" count too.
 * @param {Block[]} blocks
 * @param {Record<string, GlossaryEntry>} glossary
 * @param {{line: number, message: string}[]} errors
 */
function checkGlossaryLinks(blocks, glossary, errors) {
  /** @type {{line: number, parts: (string | {termId: string})[]}[]} */
  const prose = [];
  let section = '';
  for (const block of blocks) {
    if (block.type === 'heading') {
      if (block.level === 2) section = block.id ?? '';
    } else if (section !== 'questions') {
      const items = block.type === 'paragraph' ? [{line: block.line, children: block.children}] : block.items;
      for (const {line, children} of items) prose.push({line, parts: proseParts(children)});
    }
  }
  for (const [id, {term}] of Object.entries(glossary)) {
    const wordings = [term, ...(/^(.*?)\s*\((.*)\)$/.exec(term)?.slice(1) ?? [])].filter((w) => w.trim());
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${wordings.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'iu');
    const firstUse = prose
      .flatMap(({line, parts}) => parts.map((part) => ({line, part})))
      .find(({part}) => (typeof part === 'string' ? pattern.test(part) : part.termId === id));
    if (firstUse && typeof firstUse.part === 'string') {
      const words = pattern.exec(firstUse.part)?.[1];
      errors.push({line: firstUse.line, message: `"${words}" is a glossary term: link it where it is first used, as [${words}](glossary:${id})`});
    }
  }
}

/**
 * Inline content as plain-text runs and glossary links, in reading order.
 * @param {Inline[]} children
 * @returns {(string | {termId: string})[]}
 */
function proseParts(children) {
  return children.flatMap((c) =>
    typeof c === 'string' ? [c] : c.type === 'term' ? [{termId: c.id}] : c.type === 'cite' ? [] : proseParts(c.children)
  );
}

/** @param {string} text */
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * An `{#…}` left in visible text is almost always a misplaced id.
 * @param {Block} block
 * @param {{line: number, message: string}[]} errors
 */
function checkNoStrayIds(block, errors) {
  const texts = block.type === 'list' ? block.items.map((item) => inlineText(item.children)) : [inlineText(block.children)];
  for (const text of texts) {
    const stray = /\{#[^}]*\}/.exec(text);
    if (stray) errors.push({line: block.line, message: `"${stray[0]}" must come at the very end of a heading or question`});
  }
}

/** @param {string} file */
async function readText(file) {
  return (await readFile(file, 'utf8')).replace(/\r\n?/g, '\n');
}

/** @param {string} code */
function isWellFormedLocale(code) {
  try {
    return Intl.getCanonicalLocales(code)[0] === code;
  } catch {
    return false;
  }
}

/** @param {ContentError} e */
export const formatError = (e) => `${e.file}:${e.line}: ${e.message}`;
