// @ts-check
// Checks that every claim a reviewer must be able to check names its source:
// rights bullets, time limits and numbers, and "must". Also checks that the
// only web pages a parent is sent to are the file's help pages.
//
// Citations are written `[@id]` or `[@id; @other-id]`, next to the claim and
// before its full stop. A citation covers the sentence it stands in.

/**
 * @typedef {import('./markdown-tree.mjs').Inline} Inline
 * @typedef {import('./markdown-tree.mjs').Block} Block
 * @typedef {{line: number, message: string}} LineError
 * @typedef {{id: string, kind: string}} CitedSource
 */

/** Sources that can support "must": the law itself, or a court's reading of it. */
export const BINDING_KINDS = ['law', 'case-law'];

const MUST = /\b(must|has to|have to|had to|the law says)\b/i;
const SPELLED_TIME_LIMIT =
  /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an)\s+(working\s+)?(hours?|days?|weeks?|months?|years?)\b/i;
/** Numbers that name a law rather than state a fact: "section 20", "Children Act 1989", "Part 25". */
const LEGAL_NAME_NUMBER =
  /\b(sections?|s|parts?|regulations?|rules?|schedules?|paragraphs?|para|article|Act|Order|Rules|Direction|Together)\s+\d+[A-Z]{0,2}(\(\d+\))*/gi;
const CITE_MARK = /\uE000(\d+)\uE001/g;

/**
 * @param {Block[]} blocks
 * @param {CitedSource[]} sources
 * @param {{rightsSection?: string, skipSection?: string}} sections
 *   rightsSection: every bullet in it cites a source; skipSection: not checked (the questions)
 * @returns {LineError[]}
 */
export function checkCitations(blocks, sources, {rightsSection, skipSection} = {}) {
  /** @type {LineError[]} */
  const errors = [];
  const byId = new Map(sources.map((s) => [s.id, s]));
  const cited = new Set();
  let section = '';
  for (const block of blocks) {
    if (block.type === 'heading') {
      if (block.level === 2) section = block.id ?? '';
      continue;
    }
    if (section === skipSection && section) continue;
    const segments = block.type === 'paragraph' ? [{line: block.line, children: block.children}] : block.items;
    for (const {line, children} of segments) {
      const {sentences, cites} = sentencesOf(children);
      for (const ids of cites) {
        for (const id of ids) {
          if (byId.has(id)) cited.add(id);
          else errors.push({line, message: `citation [@${id}] is not one of this file's sources`});
        }
      }
      if (block.type === 'list' && section === rightsSection && !cites.length) {
        errors.push({
          line,
          message: `every point under "Your rights" cites a source, such as [@${sources[0]?.id ?? 'source-id'}]: "${shorten(sentences[0]?.text)}"`,
        });
      }
      for (const {text, ids} of sentences) {
        const kinds = ids.map((id) => byId.get(id)?.kind);
        const number = numberIn(text);
        if (number && !ids.length) {
          errors.push({
            line,
            message: `"${number}" is a time limit or number: cite its source in the same sentence: "${shorten(text)}"`,
          });
        }
        const must = MUST.exec(text)?.[0];
        if (must && !kinds.some((kind) => BINDING_KINDS.includes(kind ?? ''))) {
          errors.push({
            line,
            message: `"${must}" needs a law or case-law source in the same sentence; guidance says "should": "${shorten(text)}"`,
          });
        }
      }
    }
  }
  for (const source of sources) {
    if (!cited.has(source.id))
      errors.push({line: 1, message: `source "${source.id}" is never cited; cite it or remove it`});
  }
  return errors;
}

/**
 * Checks that the text sends readers only to the file's help pages, and that each help page is used.
 * @param {Block[]} blocks
 * @param {{title: string, url: string}[]} helpPages
 * @returns {LineError[]}
 */
export function checkHelpLinks(blocks, helpPages) {
  /** @type {LineError[]} */
  const errors = [];
  const used = new Set();
  for (const block of blocks) {
    const segments = block.type === 'list' ? block.items : [block];
    for (const {line, children} of segments) {
      for (const href of webLinks(children)) {
        if (helpPages.some((page) => page.url === href)) used.add(href);
        else
          errors.push({
            line,
            message: `${href} is not in this file's "help" pages: add it there, so that it is checked like a source`,
          });
      }
    }
  }
  for (const page of helpPages) {
    if (!used.has(page.url))
      errors.push({line: 1, message: `help page ${page.url} is never linked from the text; link it or remove it`});
  }
  return errors;
}

/** @param {Inline[]} children @returns {string[]} */
function webLinks(children) {
  return children.flatMap((node) =>
    typeof node === 'string' || node.type === 'cite'
      ? []
      : node.type === 'link' && node.href.startsWith('https:')
        ? [node.href]
        : webLinks(node.children)
  );
}

/**
 * Splits inline content into sentences, each with the source ids it cites. A
 * citation straight after a full stop still belongs to the sentence before it.
 * @param {Inline[]} children
 * @returns {{sentences: {text: string, ids: string[]}[], cites: string[][]}}
 */
export function sentencesOf(children) {
  /** @type {string[][]} */
  const cites = [];
  /** @param {Inline[]} nodes @param {boolean} inTerm @returns {string} */
  const flatten = (nodes, inTerm) =>
    nodes
      .map((node) => {
        if (typeof node === 'string') return inTerm ? node.replace(/\d/g, '#') : node;
        if (node.type === 'cite') return `\uE000${cites.push(node.ids) - 1}\uE001`;
        return flatten(node.children, inTerm || node.type === 'term');
      })
      .join('');
  const text = flatten(children, false);
  const sentences = text
    .split(/(?<=[.!?]["'”’)]*(?:\uE000\d+\uE001)*)\s+(?=["'“‘(]?[\p{Lu}\p{N}])/u)
    .map((sentence) => ({
      text: sentence.replace(CITE_MARK, '').trim(),
      ids: [...sentence.matchAll(CITE_MARK)].flatMap((m) => cites[Number(m[1])]),
    }));
  return {sentences, cites};
}

/** The first time limit or number in a sentence that needs a source, if any. @param {string} text */
function numberIn(text) {
  const withoutNames = text.replace(LEGAL_NAME_NUMBER, '');
  return /\d[\d ]*\d|\d/.exec(withoutNames)?.[0].trim() ?? SPELLED_TIME_LIMIT.exec(withoutNames)?.[0];
}

/** @param {string | undefined} text */
function shorten(text = '') {
  return text.length > 70 ? `${text.slice(0, 67)}…` : text;
}
