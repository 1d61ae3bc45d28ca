// @ts-check
// The glossary file: "## Term {#id}" headings, each with one plain
// definition, in alphabetical order in English.
import {checkCitations} from './citations.mjs';
import {checkFields, splitFrontMatter, translationReviewProblem} from './front-matter.mjs';
import {addAll, ID_PATTERN, inlineText, markdownToTree, mergeText} from './markdown-tree.mjs';
import {termErrors} from './term-base.mjs';
import {linkAndNumberErrors, missingAndExtra} from './translation-parity.mjs';
import {checkSourceList} from './source-policy.mjs';
import {checkNoStrayIds, mapInline} from './tree.mjs';

/**
 * @typedef {import('./markdown-tree.mjs').Inline} Inline
 * @typedef {import('./markdown-tree.mjs').Block} Block
 * @typedef {{line: number, message: string}} LineError
 * @typedef {import('./compile-content.mjs').CompiledTopic} CompiledTopic
 * @typedef {import('../../src/content/types.js').GlossaryEntry} GlossaryEntry
 */
/** @typedef {{id: string, kind: string, title: string, url: string}} SourceField */

const FIELDS = {required: ['title', 'last-updated', 'sources'], optional: ['reviewed']};
const TRANSLATION_FIELDS = {
  required: ['title', 'last-updated', 'translation', 'source-hash'],
  optional: ['translation-review'],
};

/**
 * @param {string} text
 * @param {{today: string, policy?: import('./source-policy.mjs').SourcePolicy,
 *   english?: {glossary: Record<string, GlossaryEntry>, hash?: string}, termBase?: import('./term-base.mjs').TermBase}} context
 *   `english`: the source glossary, for a translation; `termBase`: the language's, which a translated glossary is held to
 * @param {(errors: {line: number, message: string}[]) => void} report
 * @returns {{glossary: Record<string, GlossaryEntry>, translation?: string}} translation: a translated glossary's state
 *   as readers see it: a review of an older English glossary does not cover this one, so it shows as a draft
 */
export function compileGlossary(text, {today, policy, english, termBase}, report) {
  /** @type {{line: number, message: string}[]} */
  const errors = [];
  /** @type {Record<string, GlossaryEntry>} */
  const glossary = {};
  const front = splitFrontMatter(text);
  addAll(errors, front.errors);
  if (!front.errors.length) {
    const fields = english ? TRANSLATION_FIELDS : FIELDS;
    const fieldErrors = checkFields(front.data, front.lineOf, fields.required, today, fields.optional);
    addAll(errors, fieldErrors);
    const reviewProblem = english && !fieldErrors.length ? translationReviewProblem(front.data) : undefined;
    if (reviewProblem) errors.push({line: front.lineOf('translation'), message: reviewProblem});
    const tree = markdownToTree(front.body, front.bodyStartLine, {glossaryIds: new Set()});
    errors.push(
      ...tree.errors.map((e) =>
        e.message.startsWith('unknown glossary id')
          ? {...e, message: 'definitions cannot link to other glossary terms'}
          : e
      )
    );
    /** @type {{id: string, line: number, term: string, definition?: Inline[]} | undefined} */
    let current;
    /** @type {{term: string, line: number} | undefined} */
    let previous;
    const finish = () => {
      if (current && !current.definition)
        errors.push({line: current.line, message: `term "${current.term}" has no definition`});
    };
    for (const block of tree.blocks) {
      checkNoStrayIds(block, errors);
      if (block.type === 'heading' && block.level === 2) {
        finish();
        const id = block.id ?? '';
        const term = inlineText(block.children).trim();
        if (!ID_PATTERN.test(id))
          errors.push({line: block.line, message: `term "${term}" needs an id such as {#section-47}`});
        else if (glossary[id]) errors.push({line: block.line, message: `glossary id "${id}" is used twice`});
        // English is in alphabetical order, so a reader can find a word; a translation keeps its own order.
        if (!english && previous && previous.term.localeCompare(term, 'en', {sensitivity: 'base'}) > 0) {
          errors.push({
            line: block.line,
            message: `"${term}" is out of alphabetical order: it comes before "${previous.term}" (line ${previous.line})`,
          });
        }
        previous = {term, line: block.line};
        current = {id, line: block.line, term};
      } else if (block.type === 'paragraph' && current && !current.definition) {
        current.definition = block.children;
        // Definitions show inside a sentence, so their citations stay in the file for reviewers.
        // With its citations removed, a definition is the widget's inline type.
        const definition = /** @type {GlossaryEntry['definition']} */ (
          mergeText(mapInline(block.children, () => undefined))
        );
        if (ID_PATTERN.test(current.id) && !glossary[current.id])
          glossary[current.id] = {term: current.term, definition};
      } else {
        errors.push({
          line: block.line,
          message: 'the glossary holds "## Term {#id}" headings, each followed by one paragraph',
        });
      }
    }
    finish();
    if (!english && !fieldErrors.length) {
      const sources = /** @type {SourceField[]} */ (front.data.sources);
      addAll(errors, checkSourceList(policy, sources, [], front.lineOf));
      addAll(errors, checkCitations(tree.blocks, sources));
    }
    if (termBase && ['draft', 'reviewed'].includes(String(front.data.translation))) {
      const title = [{text: String(front.data.title ?? ''), line: front.lineOf('title')}];
      addAll(errors, termErrors(tree.blocks, title, termBase, {glossaryHeadings: true}));
    }
    if (english && front.data['source-hash'] === english.hash) {
      for (const [id, entry] of Object.entries(glossary)) {
        const source = english.glossary[id];
        const line = tree.blocks.find((b) => b.type === 'heading' && b.id === id)?.line ?? front.bodyStartLine;
        if (source) addAll(errors, linkAndNumberErrors(entry.definition, source.definition, line));
      }
    }
    if (english) {
      const {missing, extra} = missingAndExtra(Object.keys(glossary), Object.keys(english.glossary));
      // Terms an outdated translation lacks are shown in English until it is brought up to date.
      if (extra.length || (missing.length && front.data['source-hash'] === english.hash)) {
        const problems = [
          missing.length && `missing ${missing.join(', ')}`,
          extra.length && `not in English ${extra.join(', ')}`,
        ];
        errors.push({
          line: front.bodyStartLine,
          message: `glossary ids must match English: ${problems.filter(Boolean).join('; ')}`,
        });
      }
    }
  }
  report(errors);
  const {translation, 'source-hash': sourceHash} = /** @type {Record<string, unknown>} */ (front.data);
  if (!english || typeof translation !== 'string') return {glossary};
  return {glossary, translation: translation === 'reviewed' && sourceHash !== english.hash ? 'draft' : translation};
}

/**
 * A translated glossary with the English definitions of any terms it lacks, marked as English.
 * @param {Record<string, GlossaryEntry>} glossary
 * @param {Record<string, GlossaryEntry> | undefined} english
 * @param {string} englishLocale
 */
export function withEnglishFallback(glossary, english, englishLocale) {
  if (!english) return glossary;
  return Object.fromEntries(
    Object.entries(english).map(([id, entry]) => [id, glossary[id] ?? {...entry, lang: entry.lang ?? englishLocale}])
  );
}
