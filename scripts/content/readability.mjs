// @ts-check
// Plain-English measures for the prose that readers see.
//
// Measured: paragraphs and list items. Not measured: headings, the questions
// list, front matter (title, summary, sources) and link targets (a link counts
// by its visible words only). Each list item ends a sentence even without a
// full stop. Syllables come from the `syllable` package; a word it scores as 0
// (a number such as "0808") counts as 1.
import {syllable} from 'syllable';
import {inlineText} from './markdown-tree.mjs';

/** @typedef {import('./markdown-tree.mjs').Inline} Inline */

export const LIMITS = {maxGrade: 6, minReadingEase: 65, maxSentenceWords: 25};

/**
 * The visible prose of a compiled topic body, one string per paragraph or list item.
 * @param {any[]} body
 * @returns {string[]}
 */
export function proseOfBody(body) {
  /** @type {string[]} */
  const segments = [];
  for (const block of body) {
    if (block.type === 'paragraph') segments.push(visibleText(block.children));
    else if (block.type === 'list')
      segments.push(...block.items.map((/** @type {Inline[]} */ item) => visibleText(item)));
  }
  return segments;
}

/** The words a reader sees: link addresses and citations left out. */
export const visibleText = inlineText;

/**
 * Splits a paragraph or list item into sentences: at ".", "!" or "?" followed
 * by a space and a capital letter, digit or opening quote.
 * @param {string} segment
 */
export function splitSentences(segment) {
  return segment
    .split(/(?<=[.!?]["'”’)]*)\s+(?=["'“‘(]?[\p{Lu}\p{N}])/u)
    .map((s) => s.trim())
    .filter((s) => wordsOf(s).length > 0);
}

/** @param {string} sentence */
export function wordsOf(sentence) {
  return sentence.split(/[\s/–—]+/).filter((token) => /[\p{L}\p{N}]/u.test(token));
}

/**
 * @param {string[]} segments
 */
export function measure(segments) {
  const sentences = segments.flatMap(splitSentences);
  let words = 0;
  let syllables = 0;
  let longest = {words: 0, text: ''};
  for (const sentence of sentences) {
    const list = wordsOf(sentence);
    words += list.length;
    for (const word of list) syllables += Math.max(1, syllable(word));
    if (list.length > longest.words) longest = {words: list.length, text: sentence};
  }
  const wordsPerSentence = sentences.length ? words / sentences.length : 0;
  const syllablesPerWord = words ? syllables / words : 0;
  return {
    words,
    sentences: sentences.length,
    syllables,
    averageSentenceLength: wordsPerSentence,
    longestSentence: longest,
    readingEase: 206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord,
    grade: 0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59,
    longSentences: sentences.filter((s) => wordsOf(s).length > LIMITS.maxSentenceWords),
  };
}

/**
 * @param {ReturnType<typeof measure>} m
 * @returns {string[]} what breaks the limits, in plain words
 */
export function limitProblems(m) {
  const problems = [];
  if (m.grade > LIMITS.maxGrade)
    problems.push(`Flesch–Kincaid grade ${m.grade.toFixed(1)} is above ${LIMITS.maxGrade}`);
  if (m.readingEase < LIMITS.minReadingEase)
    problems.push(`Flesch Reading Ease ${m.readingEase.toFixed(1)} is below ${LIMITS.minReadingEase}`);
  for (const sentence of m.longSentences) {
    problems.push(`a sentence of ${wordsOf(sentence).length} words (limit ${LIMITS.maxSentenceWords}): "${sentence}"`);
  }
  return problems;
}
