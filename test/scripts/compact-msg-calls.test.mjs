// @ts-check
// Translators' notes leave the bundle, and so does the English of most messages: the bundle asks for them by place.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {parseAst} from 'rollup/parseAst';
import {compactMsgCalls} from '../../scripts/compact-msg-calls.mjs';

// Without the English places, as for a guide with no translations: only the notes go.
const strip = (/** @type {string} */ code) => compactMsgCalls(code, parseAst(code), undefined, () => {});

describe('compactMsgCalls without English places', () => {
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

describe('compactMsgCalls', () => {
  const places = new Map([
    ['Add to my list', 0],
    ['My list: \u0001 questions', 1],
  ]);
  /** @param {string} code */
  const compact = (code) => {
    /** @type {string[]} */
    const failures = [];
    const out = compactMsgCalls(code, parseAst(code), places, (message) => failures.push(message));
    return {out, failures};
  };

  it("puts each message's place in the English strings for its text, with its values after it", () => {
    assert.deepEqual(compact(`msg('Add to my list', {desc: 'Button.'});`), {out: 'msg(0);', failures: []});
    assert.deepEqual(compact('msg(str`My list: ${myList.count} questions`, {desc: "Plural."});'), {
      out: 'msg([1, myList.count]);',
      failures: [],
    });
  });

  it('keeps the English of the messages shown before any data arrives, without their notes', () => {
    assert.equal(compact(`msg('Exit this page', {desc: 'Button.'});`).out, `msg('Exit this page');`);
  });

  it('stops the build for a message the XLIFF files do not have yet', () => {
    assert.deepEqual(compact(`msg('Brand new', {desc: 'Button.'});`).failures, [
      'the message "Brand new" is not in locales/*.xlf: run npm run strings:extract',
    ]);
  });
});
