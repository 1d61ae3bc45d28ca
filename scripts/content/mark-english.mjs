// @ts-check
// Marks the English inside a translation, so that a screen reader reads it
// with an English voice and, in right-to-left text, brackets and numbers keep
// their order (WCAG 3.1.2). Done at build time, on the compiled tree:
// - in a language not written in Latin letters (Arabic, Urdu, Bengali,
//   Panjabi, Ukrainian), every run of Latin-script words, such as
//   "(care order)" or "Cafcass";
// - in a right-to-left language, also every number written in groups, such as
//   "24 013 350", which right-to-left text would show as "350 013 24";
// - in a language written in Latin letters, English in brackets: "(care order)" after a
//   term. Brackets hold English when each of their words is a word of the
//   English guide. And the English names the guide uses, such as "Family
//   Rights Group" or "Cafcass": capitalised words that English writes the same
//   way in the middle of a sentence.
// A marked run becomes {type: 'ltr', lang?: 'en', text}, rendered as an
// isolated <bdi dir="ltr" lang="en">.

const WORD = String.raw`[A-Za-z](?:[A-Za-z0-9'’&.\-]*[A-Za-z0-9])?`;
/** Latin-script words, with the spaces and numbers between them: "section 20", "Family Rights Group". */
const LATIN_RUN = new RegExp(String.raw`${WORD}(?:[ ,/](?:${WORD}|\d+))*`, 'g');
/** A number written in groups, as reference and phone numbers are. */
const GROUPED_NUMBER = /\d+(?:[ \u00A0]\d+)+/g;
const BRACKETED = /\(([^()]+)\)/g;
const CAPITALISED = String.raw`[A-Z][A-Za-z'’\-]*(?![\p{L}])`;
/** Capitalised words in a row, with the small words names have between them: "Local Government and Social Care Ombudsman". */
const NAME_RUN = new RegExp(
  String.raw`(?<![\p{L}\d])${CAPITALISED}(?: (?:and|of|for|the|on|to) ${CAPITALISED}| ${CAPITALISED})*`,
  'gu'
);
/** What comes just before a sentence's first word, which is capitalised whatever it is. */
const BEFORE_SENTENCE = /(?:[.!?:;]\s+|\s[-–—]\s+|["“(]\s*)$/;

/**
 * The runs of capitalised words in an English text, such as "Family Rights
 * Group", each with whether it starts a sentence, and so may be capitalised
 * only for that.
 * @param {string} text
 * @returns {{name: string, start: number, end: number, startsSentence: boolean}[]}
 */
export function capitalisedRuns(text) {
  return [...text.matchAll(NAME_RUN)].map((m) => ({
    name: m[0],
    start: m.index,
    end: m.index + m[0].length,
    startsSentence: m.index === 0 || BEFORE_SENTENCE.test(text.slice(Math.max(0, m.index - 4), m.index)),
  }));
}

/**
 * @typedef {{rtl: boolean, latin: boolean, englishWords: Set<string>, englishNames?: Set<string>}} Marking
 * latin: the language is written in Latin letters; englishWords: every word of the English guide, lower case; englishNames: its names (see englishNamesOf)
 */

/**
 * @param {any[]} body a compiled body, a glossary definition, or inline nodes
 * @param {Marking} how
 * @returns {any[]} the same tree with its English marked
 */
export function markEnglish(body, how) {
  return markInline(body, how);
}

/**
 * Marks a title, summary or term: plain text stays a string, text with English in it becomes inline nodes.
 * @param {string} text @param {Marking} how @returns {string | any[]}
 */
export function markText(text, how) {
  const marked = splitText(text, how);
  return marked.length === 1 && typeof marked[0] === 'string' ? marked[0] : marked;
}

/** @param {any} node @param {Marking} how @returns {any} */
function markNode(node, how) {
  if (Array.isArray(node)) return markInline(node, how);
  if (!node || typeof node !== 'object') return node;
  // A phone number's link is already left to right; a citation has no words.
  if (node.type === 'cite' || (node.type === 'link' && node.href.startsWith('tel:'))) return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [
      key,
      key === 'children'
        ? markInline(value, how)
        : key === 'items'
          ? value.map((/** @type {any} */ item) => markNode(item, how))
          : value,
    ])
  );
}

/** @param {any[]} nodes @param {Marking} how */
function markInline(nodes, how) {
  return nodes.flatMap((node) => (typeof node === 'string' ? splitText(node, how) : [markNode(node, how)]));
}

/**
 * @param {string} text @param {Marking} how
 * @returns {any[]} text and marked runs
 */
function splitText(text, {rtl, latin, englishWords, englishNames}) {
  /** @type {{start: number, end: number, lang?: string}[]} */
  const runs = [];
  if (!latin) {
    for (const m of text.matchAll(LATIN_RUN)) runs.push({start: m.index, end: m.index + m[0].length, lang: 'en'});
  }
  if (rtl) {
    for (const m of text.matchAll(GROUPED_NUMBER)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!runs.some((r) => r.start <= start && r.end >= end)) runs.push({start, end});
    }
  }
  if (latin) {
    for (const m of text.matchAll(BRACKETED)) {
      const words = m[1].toLowerCase().match(/[\p{L}’'-]+/gu) ?? [];
      if (words.length && words.every((w) => englishWords.has(w.replace(/’/g, "'")))) {
        const start = m.index + 1;
        runs.push({start, end: start + m[1].length, lang: 'en'});
      }
    }
    if (englishNames) runs.push(...nameRuns(text, englishNames));
  }
  if (!runs.length) return [text];
  runs.sort((a, b) => a.start - b.start);
  /** @type {any[]} */
  const out = [];
  let at = 0;
  for (const {start, end, lang} of runs) {
    if (start < at) continue;
    if (start > at) out.push(text.slice(at, start));
    out.push({type: 'ltr', ...(lang && {lang}), text: text.slice(start, end)});
    at = end;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

/**
 * The English names in a run of capitalised words: the longest stretches of it
 * that English also writes as a name. "Do Family Rights Group" holds "Family Rights Group".
 * @param {string} text @param {Set<string>} names @returns {{start: number, end: number, lang: string}[]}
 */
function nameRuns(text, names) {
  const runs = [];
  for (const m of text.matchAll(NAME_RUN)) {
    const words = [...m[0].matchAll(/\S+/g)].map((w) => ({
      start: m.index + w.index,
      end: m.index + w.index + w[0].length,
    }));
    for (let from = 0; from < words.length;) {
      let to = words.length;
      while (to > from && !names.has(text.slice(words[from].start, words[to - 1].end))) to--;
      if (to === from) from++;
      else {
        runs.push({start: words[from].start, end: words[to - 1].end, lang: 'en'});
        from = to;
      }
    }
  }
  return runs;
}

/**
 * The names the English guide uses, such as "Family Rights Group", "Cafcass"
 * or "Children Act": runs of capitalised words in the middle of a sentence.
 * A run that starts a sentence, "Family Rights Group can help", counts when it
 * has two words or more, unless it is a word and a name found mid-sentence:
 * "Ask Cafcass". One-letter words ("I") are left out.
 * @param {string[]} texts the English guide's paragraphs, headings and list items, each whole
 */
export function englishNamesOf(texts) {
  /** @type {Set<string>} */
  const names = new Set();
  /** @type {string[]} */
  const sentenceStarts = [];
  for (const text of texts) {
    for (const {name, startsSentence} of capitalisedRuns(text)) {
      if (startsSentence) sentenceStarts.push(name);
      else if (name.length > 1) names.add(name);
    }
  }
  for (const run of sentenceStarts) {
    const rest = run.replace(/^\S+ (?:(?:and|of|for|the|on|to) )?/, '');
    if (rest !== run && !names.has(rest)) names.add(run);
  }
  return names;
}

/**
 * Every word of the English guide, lower case, for spotting English in brackets.
 * @param {any[]} bodies compiled English bodies and glossary definitions and terms
 */
export function englishWordsOf(bodies) {
  /** @type {Set<string>} */
  const words = new Set();
  const visit = (/** @type {any} */ node) => {
    if (typeof node === 'string') {
      for (const w of node.toLowerCase().match(/[\p{L}’'-]+/gu) ?? []) words.add(w.replace(/’/g, "'"));
    } else if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') Object.values(node).forEach(visit);
  };
  visit(bodies);
  return words;
}
