// @ts-check
// The css`…` minifier must never change what a rule means.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {minifyCss} from '../../scripts/minify-template-literals.mjs';

describe('minifyCss', () => {
  it('removes comments and the whitespace around braces, semicolons, commas and child combinators', () => {
    const css = `
      /* a comment */
      .a ,  .b > .c {
        color:  red ;
        margin: 0  1em;
      }
    `;
    assert.equal(minifyCss(css), ' .a,.b>.c{color:red;margin:0 1em}');
  });

  it('removes a comment with quotes in it, and the whitespace it kept', () => {
    assert.equal(
      minifyCss(
        `/* exit-position="fixed": in the window's corner, above the page's layers. */\n  .exit-bar.fixed {\n    position: fixed;\n  }`
      ),
      ' .exit-bar.fixed{position:fixed}'
    );
  });

  it('keeps one space at each end, where a ${…} value joins the text', () => {
    assert.equal(minifyCss('\n  .a  '), ' .a ');
  });

  it('keeps the descendant space before a pseudo-class: ".toolbar :focus-visible" is not ".toolbar:focus-visible"', () => {
    assert.equal(minifyCss('.toolbar :focus-visible { outline: 0 }'), '.toolbar :focus-visible{outline:0}');
    assert.equal(minifyCss(':host  :is(h2, h3) { margin: 0 }'), ':host :is(h2,h3){margin:0}');
  });

  it("drops a number's leading zero, and only that: 0.5em is .5em, 10.5em and 0 stay", () => {
    assert.equal(
      minifyCss('.a { margin: 0 0.5em -0.25em 10.5em; inset: calc(var(--x, 0px) + 0.5em) }'),
      '.a{margin:0 .5em -.25em 10.5em;inset:calc(var(--x,0px) + .5em)}'
    );
    assert.equal(minifyCss(`.a { content: "0.5" }`), `.a{content:"0.5"}`);
  });

  it('leaves quoted strings exactly as written', () => {
    assert.equal(
      minifyCss(`.x { content: "a  ,  b ; c" ; font-family: 'Jameel  Noori' }`),
      `.x{content:"a  ,  b ; c";font-family:'Jameel  Noori'}`
    );
    assert.equal(minifyCss(`.x { content: "/* not a comment */" }`), `.x{content:"/* not a comment */"}`);
  });

  it('keeps media query conditions readable and valid', () => {
    assert.equal(
      minifyCss('@media (max-width: 30em) and (prefers-reduced-motion: reduce) { .a { transition: none } }'),
      '@media (max-width:30em) and (prefers-reduced-motion:reduce){.a{transition:none}}'
    );
  });
});
