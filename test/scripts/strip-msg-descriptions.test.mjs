// @ts-check
// Translators' notes leave the bundle; nothing else does.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {parseAst} from 'rollup/parseAst';
import {stripDescriptions} from '../../scripts/strip-msg-descriptions.mjs';

const strip = (/** @type {string} */ code) => stripDescriptions(code, parseAst(code));

describe('stripDescriptions', () => {
  it("removes a msg() call's {desc} note, for plain and str`` messages", () => {
    assert.equal(strip(`msg('Try again', {desc: 'Button.'});`), `msg('Try again');`);
    assert.equal(
      strip('msg(str`My list: ${count}`, {\n  desc: "Button, plural.",\n});'),
      'msg(str`My list: ${count}`);'
    );
  });

  it('leaves calls with other options, and other functions, as they are', () => {
    for (const code of [`msg('x', {id: 'a', desc: 'b'});`, `other('x', {desc: 'b'});`, `msg('x');`])
      assert.equal(strip(code), code);
  });
});
