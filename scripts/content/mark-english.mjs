// @ts-check
// Marks the English inside a translation, so that a screen reader reads it
// with an English voice and, in right-to-left text, brackets and numbers keep
// their order (WCAG 3.1.2). Done at build time, on the compiled tree:
// - in a right-to-left language, every run of Latin-script words, such as
//   "(care order)" or "Cafcass", and every number written in groups, such as
//   "24 013 350", which right-to-left text would show as "350 013 24";
// - in a left-to-right language, English in brackets: "(care order)" after a
//   term. Brackets hold English when each of their words is a word of the
//   English guide.
// A marked run becomes {type: 'ltr', lang?: 'en', text}, rendered as an
// isolated <bdi dir="ltr" lang="en">.

const WORD = String.raw`[A-Za-z](?:[A-Za-z0-9'’&.\-]*[A-Za-z0-9])?`;
/** Latin-script words, with the spaces and numbers between them: "section 20", "Family Rights Group". */
const LATIN_RUN = new RegExp(String.raw`${WORD}(?:[ ,/](?:${WORD}|\d+))*`, 'g');
/** A number written in groups, as reference and phone numbers are. */
const GROUPED_NUMBER = /\d+(?:[ \u00A0]\d+)+/g;
const BRACKETED = /\(([^()]+)\)/g;

/**
 * @param {any[]} body a compiled body, a glossary definition, or inline nodes
 * @param {{rtl: boolean, englishWords: Set<string>}} how englishWords: every word of the English guide, lower case
 * @returns {any[]} the same tree with its English marked
 */
export function markEnglish(body, how) {
  return markInline(body, how);
}

/** @param {any} node @param {{rtl: boolean, englishWords: Set<string>}} how @returns {any} */
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

/** @param {any[]} nodes @param {{rtl: boolean, englishWords: Set<string>}} how */
function markInline(nodes, how) {
  return nodes.flatMap((node) => (typeof node === 'string' ? splitText(node, how) : [markNode(node, how)]));
}

/**
 * @param {string} text @param {{rtl: boolean, englishWords: Set<string>}} how
 * @returns {any[]} text and marked runs
 */
function splitText(text, {rtl, englishWords}) {
  /** @type {{start: number, end: number, lang?: string}[]} */
  const runs = [];
  if (rtl) {
    for (const m of text.matchAll(LATIN_RUN)) runs.push({start: m.index, end: m.index + m[0].length, lang: 'en'});
    for (const m of text.matchAll(GROUPED_NUMBER)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!runs.some((r) => r.start <= start && r.end >= end)) runs.push({start, end});
    }
  } else {
    for (const m of text.matchAll(BRACKETED)) {
      const words = m[1].toLowerCase().match(/[\p{L}’'-]+/gu) ?? [];
      if (words.length && words.every((w) => englishWords.has(w.replace(/’/g, "'")))) {
        const start = m.index + 1;
        runs.push({start, end: start + m[1].length, lang: 'en'});
      }
    }
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
