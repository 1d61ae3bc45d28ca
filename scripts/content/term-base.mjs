// @ts-check
// A language's term base, locales/terms/<locale>.yaml: the approved word for
// each legal term, the words that must never stand for it, and how the
// language says "must", "should", "may" and "can". The build holds every
// translated topic and glossary to it. TRANSLATING.md explains the format.
import {readFile} from 'node:fs/promises';
import {parseYaml} from './yaml.mjs';
import {capitalisedRuns} from './mark-english.mjs';
import {inlineText} from './markdown-tree.mjs';

/**
 * @typedef {{line: number, message: string}} LineError
 * @typedef {import('./markdown-tree.mjs').Block} Block
 * @typedef {import('./markdown-tree.mjs').Inline} Inline
 * @typedef {{english: string, glossary?: string, approved: string, forms: string[],
 *   englishInBrackets: boolean, forbidden: {text: string, why: string, line: number}[], line: number}} Term
 * @typedef {{translation: string, modals: {must: string[], should: string[]}, terms: Term[]}} TermBase
 */

const MODALS = ['must', 'should', 'may', 'can'];
const HOW_LONG_HAVE_TO = /\bhow (long|much time)\b[^.?!]*?\bha(ve|s|d) to\b/g;

/**
 * Reads and checks a term base. A missing file gives `termBase: undefined` and no errors.
 * @param {string} file
 * @param {Set<string>} glossaryIds the English glossary's ids
 * @returns {Promise<{termBase?: TermBase, errors: LineError[]}>}
 */
export async function readTermBase(file, glossaryIds) {
  /** @type {string} */
  let text;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    if (/** @type {NodeJS.ErrnoException} */ (e).code === 'ENOENT') return {errors: []};
    return {errors: [{line: 1, message: `this file could not be read (${/** @type {any} */ (e).code})`}]};
  }
  const {data, doc, lineAt, errors} = parseYaml(text, {what: 'the term base'});
  if (errors.length || !doc) return {errors};
  /** @param {unknown} node */
  const lineOf = (node) => {
    const offset = /** @type {any} */ (node)?.range?.[0];
    return offset === undefined ? 1 : lineAt(offset);
  };
  return checkTermBase(data, (path) => lineOf(doc.getIn(path, true)), glossaryIds);
}

/**
 * @param {any} data
 * @param {(path: (string | number)[]) => number} lineAt the file line of the value at a path
 * @param {Set<string>} glossaryIds
 * @returns {{termBase?: TermBase, errors: LineError[]}}
 */
function checkTermBase(data, lineAt, glossaryIds) {
  /** @type {LineError[]} */
  const errors = [];
  const fail = (/** @type {(string | number)[]} */ path, /** @type {string} */ message) =>
    errors.push({line: lineAt(path), message});
  const isText = (/** @type {unknown} */ v) => typeof v === 'string' && v.trim() !== '';
  const isTextList = (/** @type {unknown} */ v) => Array.isArray(v) && v.every(isText);
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    return {errors: [{line: 1, message: 'a term base is a set of "key: value" lines: translation, modals, terms'}]};
  }
  if (!['draft', 'reviewed'].includes(data.translation))
    fail(['translation'], '"translation" must be draft or reviewed');
  for (const modal of MODALS) {
    if (!isTextList(data.modals?.[modal]))
      fail(['modals'], `"modals.${modal}" must be a list of the words and phrases that say "${modal}"`);
  }
  if (!Array.isArray(data.terms) || !data.terms.length) fail(['terms'], '"terms" must be a list of terms');
  /** @type {Term[]} */
  const terms = [];
  for (const [i, raw] of (Array.isArray(data.terms) ? data.terms : []).entries()) {
    const at = (/** @type {string[]} */ ...rest) => ['terms', i, ...rest];
    const before = errors.length;
    if (!isText(raw?.english)) fail(at(), 'each term needs "english": the term as the English guide writes it');
    if (!isText(raw?.approved)) fail(at(), 'each term needs "approved": the approved translation');
    if (raw?.forms !== undefined && !isTextList(raw.forms)) fail(at('forms'), '"forms" must be a list of words');
    if (raw?.glossary !== undefined && !glossaryIds.has(raw.glossary))
      fail(at('glossary'), `"${raw.glossary}" is not an id in the English glossary`);
    if (!['first-use', 'never'].includes(raw?.['english-in-brackets'] ?? 'never'))
      fail(at('english-in-brackets'), '"english-in-brackets" must be first-use or never');
    const forbidden = raw?.forbidden ?? [];
    if (!Array.isArray(forbidden) || !forbidden.every((f) => isText(f?.text) && isText(f?.why)))
      fail(at('forbidden'), '"forbidden" must be a list of {text, why}');
    if (errors.length > before) continue;
    terms.push({
      english: raw.english.trim(),
      ...(raw.glossary && {glossary: raw.glossary}),
      approved: raw.approved.trim(),
      forms: (raw.forms ?? []).map((/** @type {string} */ f) => f.trim()),
      englishInBrackets: raw['english-in-brackets'] === 'first-use',
      forbidden: forbidden.map((/** @type {any} */ f, /** @type {number} */ j) => ({
        text: f.text.trim(),
        why: f.why.trim(),
        line: lineAt(at('forbidden', String(j))),
      })),
      line: lineAt(at()),
    });
  }
  // A forbidden word inside an approved one would forbid the approved word too.
  const allowed = terms.flatMap((t) => [t.approved, ...t.forms]).map(fold);
  for (const term of terms) {
    for (const {text, line} of term.forbidden) {
      const clash = allowed.find((a) => a.includes(fold(text)));
      if (clash) errors.push({line, message: `forbidden "${text}" is part of the approved "${clash}"; make it longer`});
    }
  }
  if (errors.length) return {errors};
  return {termBase: {translation: data.translation, modals: data.modals, terms}, errors};
}

/** Text compared the way a reader would: any case, and either apostrophe. @param {string} text */
export const fold = (text) => text.toLocaleLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ');

/**
 * What a translated topic or glossary does against its term base: forbidden
 * words, glossary links that leave out the approved term, and the English term
 * missing in brackets at its first link.
 * @param {Block[]} blocks
 * @param {{text: string, line: number}[]} extraTexts front matter a reader sees: title and summary
 * @param {TermBase} termBase
 * @param {{glossaryHeadings?: boolean}} [options] a glossary: each heading is the term itself
 * @returns {LineError[]}
 */
export function termErrors(blocks, extraTexts, termBase, options = {}) {
  /** @type {LineError[]} */
  const errors = [];
  const texts = [...extraTexts, ...visibleTexts(blocks)];
  for (const term of termBase.terms) {
    for (const {text, why} of term.forbidden) {
      const found = texts.find((t) => fold(t.text).includes(fold(text)));
      if (found) errors.push({line: found.line, message: `"${text}" must not be used for "${term.english}": ${why}`});
    }
  }
  const byId = new Map(termBase.terms.filter((t) => t.glossary).map((t) => [t.glossary, t]));
  /** @type {Set<string>} terms whose first link has been seen */
  const seen = new Set();
  for (const {id, children, after, line} of termLinks(blocks, options.glossaryHeadings)) {
    const term = byId.get(id);
    if (!term) continue;
    const shown = fold(inlineText(children));
    if (![term.approved, ...term.forms].some((form) => shown.includes(fold(form)))) {
      errors.push({
        line,
        message: `"${inlineText(children).trim()}" links to ${id}; use the approved term "${term.approved}" (or a form listed in the term base)`,
      });
    }
    if (term.englishInBrackets && !seen.has(id)) {
      const english = `(${fold(term.english)})`;
      if (!shown.trimEnd().endsWith(english) && !fold(after).trimStart().startsWith(english)) {
        errors.push({
          line,
          message: `the first "${inlineText(children).trim()}" needs the English term in brackets: "(${term.english})"`,
        });
      }
    }
    seen.add(id);
  }
  return errors;
}

/**
 * Every piece of text a reader sees, with its line: headings, paragraphs,
 * list items and questions, from a Markdown tree or a compiled topic body.
 * @param {any[]} blocks
 * @returns {{text: string, line: number}[]}
 */
export function visibleTexts(blocks) {
  return blocks.flatMap((block) =>
    block.items
      ? block.items.map((/** @type {any} */ item) => ({
          text: inlineText(Array.isArray(item) ? item : item.children),
          line: item.line ?? block.line,
        }))
      : [{text: inlineText(block.children), line: block.line}]
  );
}

/**
 * Each glossary link in reading order, with the text straight after it. In a
 * glossary, each heading counts as a link to its own term.
 * @param {Block[]} blocks
 * @param {boolean} [headingsAreTerms]
 * @returns {Generator<{id: string, children: Inline[], after: string, line: number}>}
 */
function* termLinks(blocks, headingsAreTerms = false) {
  for (const block of blocks) {
    if (headingsAreTerms && block.type === 'heading' && block.id) {
      yield {id: block.id, children: block.children, after: '', line: block.line};
      continue;
    }
    const runs = block.type === 'list' ? block.items : [block];
    for (const run of runs) yield* linksIn(run.children, run.line);
  }
}

/**
 * @param {Inline[]} children @param {number} line
 * @returns {Generator<{id: string, children: Inline[], after: string, line: number}>}
 */
function* linksIn(children, line) {
  for (const [i, node] of children.entries()) {
    if (typeof node === 'string' || node.type === 'cite') continue;
    if (node.type === 'term') {
      const next = children[i + 1];
      yield {id: node.id, children: node.children, after: typeof next === 'string' ? next : '', line};
    } else yield* linksIn(node.children, line);
  }
}

/**
 * Compares a translation with the English text it was made from, paragraph by
 * paragraph and list item by list item: "must" for the English "should" or
 * "should" for "must", and an English legal term whose approved translation
 * is missing.
 * @param {Block[]} blocks the translation's
 * @param {any[]} englishBlocks the English text's
 * @param {TermBase} termBase
 * @returns {LineError[]}
 */
export function alignedErrors(blocks, englishBlocks, {modals, terms}) {
  const translated = visibleTexts(blocks);
  const english = visibleTexts(englishBlocks);
  if (translated.length !== english.length) {
    return [
      {
        line: translated[0]?.line ?? 1,
        message: `${translated.length} headings, paragraphs and list items, but English has ${english.length}: keep the same ones, so each can be compared`,
      },
    ];
  }
  /** @type {LineError[]} */
  const errors = [];
  const should = modals.should.map(fold).sort((a, b) => b.length - a.length);
  const must = modals.must.map(fold);
  // A name, "Family Help", is found only as English writes it: "your family help" is not it.
  const termPatterns = terms.map((term) => {
    const name = /^\p{Lu}/u.test(term.english) && term.english.split(' ').every((word) => /^\p{Lu}/u.test(word));
    const english = name ? term.english : fold(term.english);
    return {term, pattern: new RegExp(`(?<![\\p{L}])${escapeRegExp(english)}(?![\\p{L}])`, name ? 'u' : 'iu')};
  });
  for (const [i, {text, line}] of translated.entries()) {
    const en = fold(english[i].text);
    const here = fold(text);
    for (const term of termsUsed(english[i].text.replace(/[’‘]/g, "'").replace(/\s+/g, ' '), termPatterns)) {
      if (![term.approved, ...term.forms].some((form) => here.includes(fold(form)))) {
        errors.push({line, message: `English says "${term.english}" here: use the approved term "${term.approved}"`});
      }
    }
    // "How long do I have to ask" is about time, not a duty.
    const enMust = /\b(must(n't)?|ha(ve|s|d) to)\b/.test(en.replace(HOW_LONG_HAVE_TO, ''));
    const enShould = /\bshould(n't)?\b/.test(en);
    if (enMust === enShould) continue;
    const saysShould = should.some((word) => here.includes(word));
    let rest = here;
    for (const word of should) rest = rest.split(word).join(' ');
    const saysMust = must.some((word) => rest.includes(word));
    if (enShould && saysMust) {
      errors.push({
        line,
        message: 'says "must" where English says "should": guidance says should; only the law says must',
      });
    } else if (enMust && (!saysMust || saysShould)) {
      errors.push({
        line,
        message: 'English says "must" here: say it with a "must" word from the term base, not "should"',
      });
    }
  }
  return errors;
}

/**
 * The terms an English text uses, leaving out a term that is only part of a
 * longer one there, or overlaps one: "care order" inside "interim care order",
 * "in care" in "in care proceedings". A term inside a longer name, "domestic
 * abuse" in "National Domestic Abuse Helpline", is part of the name, which
 * stays in English.
 * @param {string} text
 * @param {{term: Term, pattern: RegExp}[]} patterns
 * @returns {Term[]}
 */
function termsUsed(text, patterns) {
  const found = patterns.flatMap(({term, pattern}) =>
    [...text.matchAll(new RegExp(pattern.source, `g${pattern.flags}`))].map((m) => ({
      term,
      start: m.index,
      end: m.index + m[0].length,
    }))
  );
  // Names of more than one word; a sentence's first word is capitalised whatever it is: "Your Independent Reviewing Officer".
  const names = capitalisedRuns(text)
    .map(({name, start, end, startsSentence}) => ({start: startsSentence ? start + name.indexOf(' ') + 1 : start, end}))
    .filter(({start, end}) => text.slice(start, end).includes(' '));
  const partOfLonger = (/** @type {{start: number, end: number}} */ a) =>
    [...found, ...names].some(
      (b) => b !== a && b.start < a.end && b.end > a.start && b.end - b.start > a.end - a.start
    );
  return [...new Set(found.filter((a) => !partOfLonger(a)).map((a) => a.term))];
}

/** @param {string} text */
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
