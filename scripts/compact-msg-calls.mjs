// @ts-check
// Rollup plugin: makes the msg() calls in our own code small.
// - The `{desc: …}` notes go. They are for translators, who read them in the
//   XLIFF files that `lit-localize extract` writes from the source; the browser
//   never uses them.
// - A message's English text goes too, except for the few in
//   scripts/strings/messages-in-entry.mjs: msg('Add to my list') becomes msg(3),
//   and msg(str`My list: ${count} questions`) becomes msg([7, count]), where 3
//   and 7 are the messages' places in the English strings data file
//   (scripts/strings/compile-strings.mjs). src/i18n/strings.ts answers both.
import {readLocaleConfig} from './locales.mjs';
import {walkAst} from './lib/walk-ast.mjs';
import {readEnglishMessages} from './strings/compile-strings.mjs';
import {MESSAGES_IN_ENTRY} from './strings/messages-in-entry.mjs';

/** @returns {import('rollup').Plugin} */
export function compactMsgCallsPlugin() {
  /** @type {Map<string, number> | undefined} each English message's place, by its key */
  let places;
  return {
    name: 'family-rights-guide-compact-msg-calls',
    async buildStart() {
      const english = await readEnglishMessages(await readLocaleConfig());
      places = english && new Map(english.keys.map((key, i) => [key, i]));
    },
    transform(code, id) {
      if (id.includes('node_modules') || !/[\\/]src[\\/].*\.(ts|js)$/.test(id) || !code.includes('msg(')) return null;
      const out = compactMsgCalls(code, this.parse(code), places, (message) => this.error(message));
      return out === code ? null : {code: out, map: null};
    },
  };
}

/**
 * @param {string} code
 * @param {any} ast an ESTree program for `code`
 * @param {Map<string, number> | undefined} places each English message's place by its key; without it, only the
 *   descriptions go
 * @param {(message: string) => void} fail
 * @returns {string} the code with each msg() call made small
 */
export function compactMsgCalls(code, ast, places, fail) {
  /** @type {{start: number, end: number, text: string}[]} */
  const edits = [];
  walkAst(ast, (node) => {
    if (node.type !== 'CallExpression' || node.callee.type !== 'Identifier' || node.callee.name !== 'msg') return;
    const [message, options] = node.arguments;
    const template =
      message?.type === 'TaggedTemplateExpression' && message.tag.type === 'Identifier' && message.tag.name === 'str'
        ? message.quasi
        : undefined;
    const key =
      message?.type === 'Literal' && typeof message.value === 'string'
        ? message.value
        : template?.quasis.map((/** @type {any} */ quasi) => quasi.value.cooked).join('\u0001');
    const onlyDescription =
      options?.type === 'ObjectExpression' &&
      options.properties.length === 1 &&
      options.properties[0].key?.name === 'desc';
    if (places && key !== undefined && !MESSAGES_IN_ENTRY.has(key) && (!options || onlyDescription)) {
      const place = places.get(key);
      if (place === undefined) {
        fail(`the message "${key}" is not in locales/*.xlf: run npm run strings:extract`);
        return;
      }
      const values = template?.expressions.map((/** @type {any} */ value) => code.slice(value.start, value.end)) ?? [];
      const text = values.length ? `[${[place, ...values].join(', ')}]` : String(place);
      edits.push({start: message.start, end: node.arguments[node.arguments.length - 1].end, text});
    } else if (onlyDescription) {
      edits.push({start: message.end, end: options.end, text: ''});
    }
  });
  let out = code;
  for (const {start, end, text} of edits.sort((a, b) => b.start - a.start))
    out = out.slice(0, start) + text + out.slice(end);
  return out;
}
