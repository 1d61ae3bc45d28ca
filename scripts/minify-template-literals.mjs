// @ts-check
// Rollup plugin: minifies the static text of Lit's css`…` and html`…`
// templates in our own code, which terser leaves as written.
// - css: comments and extra whitespace go; the rules and strings are unchanged.
// - html: a run of whitespace that spans lines becomes one space, which is
//   how HTML renders it anyway. (Our templates have no <pre>.)
import {walkAst} from './lib/walk-ast.mjs';

/** @returns {import('rollup').Plugin} */
export function minifyTemplateLiterals() {
  return {
    name: 'family-rights-guide-minify-templates',
    transform(code, id) {
      if (id.includes('node_modules') || !/[\\/]src[\\/].*\.(ts|js)$/.test(id)) return null;
      if (!/\b(css|html)\s*`/.test(code)) return null;
      /** @type {{start: number, end: number, text: string}[]} */
      const edits = [];
      walkAst(this.parse(code), (node) => {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier') return;
        if (!['css', 'html'].includes(node.tag.name)) return;
        for (const quasi of node.quasi.quasis) {
          const raw = code.slice(quasi.start, quasi.end);
          const text = node.tag.name === 'css' ? minifyCss(raw) : raw.replace(/\s*\n\s*/g, ' ');
          if (text !== raw) edits.push({start: quasi.start, end: quasi.end, text});
        }
      });
      let out = code;
      for (const {start, end, text} of edits.sort((a, b) => b.start - a.start))
        out = out.slice(0, start) + text + out.slice(end);
      return {code: out, map: null};
    },
  };
}

/**
 * Comments and extra whitespace go; quoted strings stay exactly as written.
 * The space before a ":" is kept, because in a selector it is a descendant
 * combinator: ".toolbar :focus-visible" is not ".toolbar:focus-visible".
 * One space is kept at each end, where a \${…} value may join the text.
 * A number's leading zero goes: 0.5em is .5em.
 * @param {string} text
 */
export function minifyCss(text) {
  // Comments and strings are found in one pass, left to right, so a quote inside a
  // comment ("the window's corner") does not start a string.
  const withoutComments = text
    .split(/(\/\*[\s\S]*?\*\/|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')/)
    .map((part) => (part.startsWith('/*') ? ' ' : part))
    .join('');
  return withoutComments
    .split(/("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')/)
    .map((part, i) =>
      i % 2
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/\s*([{};,>])\s*/g, '$1')
            .replace(/:\s+/g, ':')
            // var( --x ) is var(--x); calc() keeps the spaces its + and - need.
            .replace(/\(\s+/g, '(')
            .replace(/\s+\)/g, ')')
            // #ffffff is #fff.
            .replace(/#([0-9a-f])\1([0-9a-f])\2([0-9a-f])\3\b/gi, '#$1$2$3')
            // 0.5em is .5em.
            .replace(/(^|[\s:,(-])0\.(?=\d)/g, '$1.')
    )
    .join('')
    .replace(/;}/g, '}');
}
