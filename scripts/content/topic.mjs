// @ts-check
// One topic file: front matter, the fixed sections, questions, glossary
// links, citations and help pages, compiled into the data tree the widget renders.
import {checkCitations, checkHelpLinks} from './citations.mjs';
import {checkFields, splitFrontMatter, translationReviewProblem} from './front-matter.mjs';
import {addAll, ID_PATTERN, inlineText, markdownToTree} from './markdown-tree.mjs';
import {alignedErrors, termErrors, visibleTexts} from './term-base.mjs';
import {checkSourceList} from './source-policy.mjs';
import {checkNoStrayIds, numberCitations, termIds} from './tree.mjs';
import {parityErrors} from './translation-parity.mjs';

/**
 * @typedef {import('./markdown-tree.mjs').Inline} Inline
 * @typedef {import('./markdown-tree.mjs').Block} Block
 * @typedef {{line: number, message: string}} LineError
 * @typedef {import('./compile-content.mjs').CompiledTopic} CompiledTopic
 * @typedef {import('../../src/content/types.js').GlossaryEntry} GlossaryEntry
 * @typedef {{id: string, kind: string, title: string, url: string, 'why-this-version'?: string}} SourceField
 */

/** The sections every topic uses, in this order. */
export const SECTION_IDS = ['what-this-means', 'your-rights', 'how-long', 'what-next', 'get-help', 'questions'];
export const QUESTIONS_PER_TOPIC = {min: 5, max: 10};
const QUESTION_ID = /^q-[a-z0-9]+(-[a-z0-9]+)*$/;
/** Front matter an English topic needs, and may have. */
const FIELDS = {
  required: ['title', 'summary', 'stage', 'order', 'last-updated', 'sources'],
  optional: ['help', 'reviewed'],
};
/**
 * A translation has no sources, help pages or review of its own: readers see
 * the English sources, and a translation is never shown as checked.
 */
const TRANSLATION_FIELDS = {
  required: ['title', 'summary', 'order', 'last-updated', 'translation', 'source-hash'],
  // A copied English file keeps its stage; the English one is used.
  optional: ['translation-review', 'stage'],
};

/**
 * @param {string} slug
 * @param {string} text
 * @param {{today: string, policy?: import('./source-policy.mjs').SourcePolicy, glossary: Record<string, GlossaryEntry>,
 *   glossaryIds: Set<string>, hash: string, translated: boolean, english?: CompiledTopic, englishHash?: string,
 *   termBase?: import('./term-base.mjs').TermBase}} context
 *   `hash` is this file's text hash; `english` is the source topic for a translation, and `englishHash` its text hash;
 *   `termBase` is the language's, which a translated file is held to
 * @param {{line: number, message: string}[]} errors
 */
export function compileTopic(
  slug,
  text,
  {today, policy, glossary, glossaryIds, hash, translated, english, englishHash, termBase},
  errors
) {
  if (!ID_PATTERN.test(slug)) {
    errors.push({line: 1, message: `file name "${slug}.md" must be lowercase words joined by hyphens`});
  }
  const front = splitFrontMatter(text);
  addAll(errors, front.errors);
  if (front.errors.length) return undefined;
  const fields = translated ? TRANSLATION_FIELDS : FIELDS;
  const fieldErrors = checkFields(front.data, front.lineOf, fields.required, today, fields.optional);
  addAll(errors, fieldErrors);
  const tree = markdownToTree(front.body, front.bodyStartLine, {glossaryIds, phoneNumbers: policy?.['phone-numbers']});
  addAll(errors, tree.errors);
  if (tree.refused) return undefined;
  const {body, questionIds} = shapeTopicBody(tree.blocks, errors);
  const data =
    /** @type {{title: string, summary: string, order: number, 'last-updated': string, sources: SourceField[],
     *   stage: string, help?: {title: string, url: string}[], reviewed?: {role: import('../../src/content/types.js').ReviewerRole, date: string, 'text-hash': string}, translation?: string,
     *   'source-hash'?: string}} */ (front.data);
  // An outdated translation (of an older English text) is still shown, as a draft, but its ids,
  // numbers and citations can only be compared with English once it is brought up to date.
  const outdated = Boolean(english) && data['source-hash'] !== englishHash;
  const sources = english
    ? english.sources
    : (data.sources ?? []).map(({id, kind, title, url}) => ({id, kind, title: title.trim(), url}));
  const numbered = numberCitations(body, sources);
  if (!translated && !fieldErrors.length) {
    // The first-use rule follows English wording; translations are checked against English ids instead.
    checkGlossaryLinks(tree.blocks, glossary, errors);
    addAll(errors, checkSourceList(policy, data.sources, data.help ?? [], front.lineOf));
    addAll(errors, checkCitations(tree.blocks, data.sources, {rightsSection: 'your-rights', skipSection: 'questions'}));
    addAll(errors, checkHelpLinks(tree.blocks, data.help ?? []));
  }
  if (english && !outdated) {
    // Phone numbers, time limits, web addresses and citations must survive translation unchanged.
    addAll(errors, parityErrors({body: numbered, questionIds, bodyStartLine: front.bodyStartLine}, english));
  }
  if (english && ['draft', 'reviewed'].includes(data.translation ?? '')) {
    const unchanged = englishParagraphs(tree.blocks, english.body);
    if (unchanged) errors.push({line: front.bodyStartLine, message: unchanged});
  }
  if (termBase && ['draft', 'reviewed'].includes(data.translation ?? '')) {
    const shown = ['title', 'summary'].map((key) => ({text: String(front.data[key] ?? ''), line: front.lineOf(key)}));
    addAll(errors, termErrors(tree.blocks, shown, termBase));
    if (english && !outdated) addAll(errors, alignedErrors(tree.blocks, english.body, termBase));
  }
  if (english && 'stage' in front.data && front.data.stage !== english.stage) {
    errors.push({line: front.lineOf('stage'), message: `"stage" must be ${english.stage}, as in English, or left out`});
  }
  if (english && front.data.order !== english.order) {
    errors.push({line: front.lineOf('order'), message: `"order" must be ${english.order}, as in English`});
  }
  const reviewProblem = translated && !fieldErrors.length ? translationReviewProblem(front.data) : undefined;
  if (reviewProblem) errors.push({line: front.lineOf('translation'), message: reviewProblem});
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
      // A translation is grouped where its English topic is.
      stage: english?.stage ?? data.stage,
      lastUpdated: data['last-updated'],
      // What a translated page dates is the English text: the translation itself is never shown as checked.
      ...(english && {englishLastUpdated: english.lastUpdated}),
      ...(review && {reviewed: {role: review.role, date: review.date}}),
      sources,
      body: numbered,
      glossary: usedTerms,
      // A review of an older English text does not cover this one: shown as a draft until checked again.
      ...(data.translation && {translation: outdated && data.translation === 'reviewed' ? 'draft' : data.translation}),
      ...(outdated && {outdated: true}),
    },
  };
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
    errors.push({
      line: blocks[0].line,
      message: `a topic must start with a "## … {#${SECTION_IDS[0]}}" section heading`,
    });
  }
  for (const block of blocks) {
    checkNoStrayIds(block, errors);
    if (block.type === 'heading') {
      if (block.level === 2) {
        const index = SECTION_IDS.indexOf(block.id ?? '');
        if (index === -1) {
          errors.push({
            line: block.line,
            message: `section heading needs one of these ids: ${SECTION_IDS.map((id) => `{#${id}}`).join(', ')}`,
          });
        } else if (index <= sectionIndex) {
          errors.push({
            line: block.line,
            message: `section {#${block.id}} is out of order; the order is ${SECTION_IDS.join(', ')}`,
          });
        } else {
          sectionIndex = index;
          section = SECTION_IDS[index];
        }
      } else if (block.level === 3) {
        if (block.id !== undefined) errors.push({line: block.line, message: 'only ## section headings take an {#id}'});
      } else {
        errors.push({
          line: block.line,
          message:
            block.level === 1
              ? 'do not use "#" headings; the title comes from the front matter'
              : 'use only ## and ### headings',
        });
      }
      body.push({
        type: 'heading',
        level: block.level,
        ...(block.level === 2 && block.id && {id: block.id}),
        children: block.children,
      });
      continue;
    }
    if (block.type === 'list' && section === 'questions' && !block.ordered) {
      questionLists++;
      if (questionLists > 1) errors.push({line: block.line, message: 'the questions section must hold a single list'});
      const count = block.items.length;
      if (questionLists === 1 && (count < QUESTIONS_PER_TOPIC.min || count > QUESTIONS_PER_TOPIC.max)) {
        errors.push({
          line: block.line,
          message: `a topic needs ${QUESTIONS_PER_TOPIC.min} to ${QUESTIONS_PER_TOPIC.max} questions, not ${count}`,
        });
      }
      for (const item of block.items) {
        if (item.id === undefined)
          errors.push({line: item.line, message: 'each question must end with an id such as {#q-what-happens-next}'});
        else if (!QUESTION_ID.test(item.id))
          errors.push({
            line: item.line,
            message: `question id "${item.id}" must start with "q-" and use lowercase words joined by hyphens`,
          });
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
 * A topic links each glossary term where its wording is first used, so that a
 * reader can always open the plain definition. Only prose counts: paragraphs
 * and list items outside the questions section. Words inside a link to a
 * term count as that term's use. For a term such as "PLO (Public Law
 * Outline)", "PLO" and "Public Law Outline" count too.
 * @param {Block[]} blocks
 * @param {Record<string, GlossaryEntry>} glossary
 * @param {{line: number, message: string}[]} errors
 */
export function checkGlossaryLinks(blocks, glossary, errors) {
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
  const runs = prose.flatMap(({line, parts}) => parts.map((part) => ({line, part})));
  for (const [id, entry] of Object.entries(glossary)) {
    // English glossary terms are plain text; only a translation's are marked.
    const term = typeof entry.term === 'string' ? entry.term : inlineText(entry.term);
    const wordings = [term, ...(/^(.*?)\s*\((.*)\)$/.exec(term)?.slice(1) ?? [])].filter((w) => w.trim());
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${wordings.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'iu');
    const firstUse = runs.find(({part}) => (typeof part === 'string' ? pattern.test(part) : part.termId === id));
    if (firstUse && typeof firstUse.part === 'string') {
      const words = pattern.exec(firstUse.part)?.[1];
      errors.push({
        line: firstUse.line,
        message: `"${words}" is a glossary term: link it where it is first used, as [${words}](glossary:${id})`,
      });
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
 * Whether a file marked as translated is mostly the English text unchanged,
 * as a copied English file is: then it must stay "untranslated", or readers
 * would get English under a notice that it is their language.
 * @param {import('./markdown-tree.mjs').Block[]} blocks
 * @param {any[]} englishBody
 * @returns {string | undefined}
 */
function englishParagraphs(blocks, englishBody) {
  const english = new Set(visibleTexts(englishBody).map(({text}) => text.trim()));
  const long = visibleTexts(blocks).filter(({text}) => text.trim().split(/\s+/).length >= 4);
  const same = long.filter(({text}) => english.has(text.trim())).length;
  if (!long.length || same * 2 < long.length) return undefined;
  return `${same} of its ${long.length} paragraphs and list items are the English text unchanged: translate them, or leave the file "translation: untranslated"`;
}
