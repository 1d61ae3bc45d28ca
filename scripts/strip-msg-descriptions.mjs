// @ts-check
// Rollup plugin: removes the `{desc: …}` notes from msg() calls in our own
// code. The notes are for translators, who read them in the XLIFF files that
// `lit-localize extract` writes from the source; the browser never uses them.
import {walkAst} from './lib/walk-ast.mjs';

/** @returns {import('rollup').Plugin} */
export function stripMsgDescriptions() {
  return {
    name: 'family-rights-guide-strip-msg-descriptions',
    transform(code, id) {
      if (id.includes('node_modules') || !/[\\/]src[\\/].*\.(ts|js)$/.test(id) || !code.includes('desc')) return null;
      const out = stripDescriptions(code, this.parse(code));
      return out === code ? null : {code: out, map: null};
    },
  };
}

/**
 * @param {string} code
 * @param {any} ast an ESTree program for `code`
 * @returns {string} the code without the options argument of msg() calls whose only option is `desc`
 */
export function stripDescriptions(code, ast) {
  /** @type {{start: number, end: number}[]} */
  const cuts = [];
  walkAst(ast, (node) => {
    if (
      node.type === 'CallExpression' &&
      node.callee.type === 'Identifier' &&
      node.callee.name === 'msg' &&
      node.arguments.length === 2 &&
      node.arguments[1].type === 'ObjectExpression' &&
      node.arguments[1].properties.length === 1 &&
      node.arguments[1].properties[0].key?.name === 'desc'
    ) {
      cuts.push({start: node.arguments[0].end, end: node.arguments[1].end});
    }
  });
  let out = code;
  for (const {start, end} of cuts.sort((a, b) => b.start - a.start)) out = out.slice(0, start) + out.slice(end);
  return out;
}
