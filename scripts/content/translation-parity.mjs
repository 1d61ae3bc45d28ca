// @ts-check
// A translation must keep what a family relies on from the English file:
// question ids (saved lists use them), glossary links, phone numbers, time
// limits, web addresses and citations. Checked only while the translation is
// up to date with the English text it records in `source-hash`.
import {addAll} from './markdown-tree.mjs';
import {citationsIn, linkTargets, nodesOf, numbersIn, questionIdsOf, termIds} from './tree.mjs';

/** @typedef {{line: number, message: string}} LineError */

/**
 * @param {{body: object[], questionIds: {id: string, line: number}[], bodyStartLine: number}} translation
 *   `body` with citations already numbered
 * @param {{body: object[]}} english
 * @returns {LineError[]}
 */
export function parityErrors({body, questionIds, bodyStartLine}, english) {
  /** @type {LineError[]} */
  const errors = [];
  const mismatch = differences(
    questionIds.map((q) => q.id),
    questionIdsOf(english.body)
  );
  if (mismatch)
    errors.push({line: questionIds[0]?.line ?? bodyStartLine, message: `question ids must match English: ${mismatch}`});
  const terms = differences([...termIds(body)], [...termIds(english.body)]);
  if (terms) errors.push({line: bodyStartLine, message: `glossary links must match English: ${terms}`});
  addAll(errors, linkAndNumberErrors(body, english.body, bodyStartLine));
  const cites = missingFrom(citationsIn(body), citationsIn(english.body));
  if (cites.length) {
    errors.push({
      line: bodyStartLine,
      message: `the citations ${cites.map((n) => `of source ${n}`).join(', ')} are in English but not here: keep every [@…] citation`,
    });
  }
  return errors;
}

/**
 * The links and numbers of a translated text against its English text, both
 * ways: a translation may not lose one, nor add one English does not have,
 * such as a premium-rate number or a look-alike web address.
 * @param {any[]} body @param {any[]} englishBody @param {number} line
 * @returns {LineError[]}
 */
export function linkAndNumberErrors(body, englishBody, line) {
  /** @type {LineError[]} */
  const errors = [];
  const [links, englishLinks] = [linkTargets(body), linkTargets(englishBody)];
  const lost = missingFrom(links, englishLinks);
  if (lost.length) errors.push({line, message: `links to ${lost.join(', ')} are in English but not here`});
  const added = missingFrom(englishLinks, links);
  if (added.length) errors.push({line, message: `links to ${added.join(', ')} are here but not in English`});
  const [numbers, englishNumbers] = [numbersIn(body), numbersIn(englishBody)];
  const missing = missingFrom(numbers, englishNumbers);
  if (missing.length) {
    errors.push({
      line,
      message: `the numbers ${missing.join(', ')} are in English but not here: keep every number, time limit and phone number, in the same digits`,
    });
  }
  // The English term in brackets after its translation may repeat the English's own
  // number: "sekcja 20 (section 20)". Only bracketed words the English text has are
  // let off, so "(call 20)" still counts.
  const englishText = [...nodesOf(englishBody)]
    .filter((n) => typeof n === 'string')
    .join(' ')
    .toLowerCase();
  const inEnglishGlosses = numbersIn(body, (text) =>
    [...text.matchAll(/\(([^()]*[A-Za-z][^()]*)\)/g)]
      .filter(([, inside]) => englishText.includes(inside.toLowerCase()))
      .map(([gloss]) => gloss)
      .join(' ')
  );
  const extra = missingFrom(inEnglishGlosses, missingFrom(englishNumbers, numbers));
  if (extra.length) {
    errors.push({
      line,
      message: `the numbers ${extra.join(', ')} are here but not in English: a translation adds no number, phone number or time limit`,
    });
  }
  return errors;
}

/**
 * Which glossary ids a translated glossary lacks, or has that English does not.
 * @param {string[]} ids
 * @param {string[]} englishIds
 */
export function missingAndExtra(ids, englishIds) {
  return {missing: englishIds.filter((id) => !ids.includes(id)), extra: ids.filter((id) => !englishIds.includes(id))};
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
