// @ts-check
// Limits checked before a content file is parsed. Real content is far inside
// them; a file outside them was made by mistake or to break the build (a
// parser that recurses thousands deep, or works in time that grows with the
// square of the input). Each check is one pass over the text.

/** @typedef {{line: number, message: string}} LineError */

const MB = 1024 * 1024;
/** The largest content file read. The largest real topic is about 20 KB. */
export const MAX_FILE_BYTES = 5 * MB;
/** Leading spaces on a Markdown or front-matter line. Real content uses at most 5. */
export const MAX_INDENT = 16;
/** Lists or quotes opened on one line ("- - x", "> > x"). Nested lists are not allowed at all. */
export const MAX_CONTAINERS = 3;
/** A run of "*" or "_": "***" is bold italic; longer runs mean nothing. */
export const MAX_EMPHASIS_RUN = 3;
/** "*" and "_" marks in one paragraph or list. Real content has at most 40. */
export const MAX_EMPHASIS_MARKS = 500;
/** Brackets inside brackets in front matter. Real front matter uses 1. */
export const MAX_YAML_BRACKETS = 8;

/** @param {number} bytes */
export function fileSizeProblem(bytes) {
  if (bytes <= MAX_FILE_BYTES) return undefined;
  return `this file is ${(bytes / MB).toFixed(1)} MB; a content file may be at most ${MAX_FILE_BYTES / MB} MB`;
}

/** Width of a line's leading spaces and tabs, with tab stops every 4 columns. @param {string} line */
function indentOf(line) {
  let width = 0;
  for (const char of line) {
    if (char === ' ') width++;
    else if (char === '\t') width += 4 - (width % 4);
    else break;
  }
  return width;
}

/** How many list markers and quote markers open a line. @param {string} line */
function containersOpened(line) {
  let count = 0;
  let at = 0;
  for (;;) {
    while (line[at] === ' ' || line[at] === '\t') at++;
    const digits = /^\d{1,9}[.)]/.exec(line.slice(at, at + 11))?.[0].length ?? 0;
    const marker = line[at] === '>' || '-*+'.includes(line[at] ?? 'x') ? 1 : digits;
    const next = line[at + marker];
    const opens = marker && (line[at] === '>' || next === undefined || next === ' ' || next === '\t');
    if (!opens) return count;
    count++;
    at += marker;
  }
}

/**
 * Lines of a Markdown body outside the limits: the first line of each kind.
 * @param {string} body @param {number} firstLine the file line of body's first line
 * @returns {LineError[]}
 */
export function markdownLimitErrors(body, firstLine) {
  /** @type {Map<string, LineError>} first error of each kind */
  const found = new Map();
  const note = (/** @type {string} */ kind, /** @type {number} */ line, /** @type {string} */ message) => {
    if (!found.has(kind)) found.set(kind, {line, message});
  };
  let marks = 0;
  let blockStart = firstLine;
  const endBlock = () => {
    if (marks > MAX_EMPHASIS_MARKS)
      note('marks', blockStart, `this paragraph has ${marks} * and _ marks; at most ${MAX_EMPHASIS_MARKS} are allowed`);
    marks = 0;
  };
  body.split('\n').forEach((text, i) => {
    const line = firstLine + i;
    if (!text.trim()) {
      endBlock();
      blockStart = line + 1;
      return;
    }
    const indent = indentOf(text);
    if (indent > MAX_INDENT)
      note('indent', line, `this line is indented ${indent} spaces; at most ${MAX_INDENT} are allowed`);
    const containers = containersOpened(text);
    if (containers > MAX_CONTAINERS)
      note(
        'containers',
        line,
        `this line starts ${containers} lists or quotes inside each other; at most ${MAX_CONTAINERS} are allowed`
      );
    for (const [run] of text.matchAll(/\*+|_+/g)) {
      marks += run.length;
      if (run.length > MAX_EMPHASIS_RUN)
        note('run', line, `a run of ${run.length} "${run[0]}" marks; at most ${MAX_EMPHASIS_RUN} are allowed`);
    }
  });
  endBlock();
  return [...found.values()];
}

/**
 * Lines of YAML outside the limits, found without parsing it: deep indentation,
 * and brackets nested deeply. Quoted strings and comments are skipped.
 * @param {string} yaml @param {number} firstLine the file line of yaml's first line
 * @param {string} [what] what the YAML is, for the messages
 * @returns {LineError[]}
 */
export function yamlLimitErrors(yaml, firstLine, what = 'front matter') {
  /** @type {LineError[]} */
  const errors = [];
  let line = firstLine;
  let depth = 0;
  let deepest = 0;
  let deepestLine = firstLine;
  /** @type {string | undefined} the quote mark of the string being read */
  let quote;
  let lineStart = true;
  for (let i = 0; i < yaml.length; i++) {
    const char = yaml[i];
    if (char === '\n') {
      line++;
      lineStart = true;
      continue;
    }
    if (lineStart) {
      lineStart = false;
      const indent = indentOf(yaml.slice(i, i + MAX_INDENT + 2));
      if (indent > MAX_INDENT && !errors.length && !quote)
        errors.push({
          line,
          message: `this line of ${what} is indented ${indent} spaces; at most ${MAX_INDENT} are allowed`,
        });
    }
    if (quote) {
      if (char === '\\' && quote === '"') i++;
      else if (char === quote) quote = undefined;
      continue;
    }
    const before = yaml[i - 1];
    const startsToken = before === undefined || ' \t\n[{,:'.includes(before);
    if ((char === '"' || char === "'") && startsToken) quote = char;
    else if (char === '#' && (before === undefined || ' \t\n'.includes(before))) {
      const end = yaml.indexOf('\n', i);
      i = (end === -1 ? yaml.length : end) - 1;
    } else if (char === '[' || char === '{') {
      depth++;
      if (depth > deepest) [deepest, deepestLine] = [depth, line];
    } else if ((char === ']' || char === '}') && depth > 0) depth--;
  }
  if (deepest > MAX_YAML_BRACKETS)
    errors.push({
      line: deepestLine,
      message: `${what} nests brackets ${deepest} deep; at most ${MAX_YAML_BRACKETS} are allowed`,
    });
  return errors;
}
